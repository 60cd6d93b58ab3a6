using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.YearWheel;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Tasks;

/// <summary>
/// The year wheel's steps that are due (within two weeks) or late and not done, for those who answer for
/// them: the central staff get every item; editors of a nämnd or förvaltning get the items of the committees'
/// and administrations' rings.
/// </summary>
public static class YearWheelTasks
{
    public static async Task<IEnumerable<UserTask>> LoadAsync(StyrkedjaDbContext db, AccessPolicy access, DateOnly today)
    {
        var bodies = await BodiesAsync(db, access);
        if (bodies.Count == 0)
            return [];
        var horizon = today.AddDays(YearWheelItems.DueWithinDays);
        var items = await db.YearWheelItems.AsNoTracking()
            .Where(i => i.DoneOn == null && i.Date <= horizon && i.Date.Year >= today.Year - 1 && bodies.Contains(i.Body))
            .Select(i => new { i.Id, i.Name, i.Date })
            .ToListAsync();
        return items.Select(i => new UserTask(TaskKind.YearWheel, string.Format(YearWheelText.TaskText, i.Name),
            $"/YearWheel?year={i.Date.Year}#item-{i.Id}", i.Date, i.Date < today));
    }

    private static async Task<List<ProcessBody>> BodiesAsync(StyrkedjaDbContext db, AccessPolicy access)
    {
        if (await YearWheelAccess.MayEditAsync(db, access))
            return [.. Enum.GetValues<ProcessBody>()];
        if (!await access.MayEditSomethingAsync())
            return [];
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Namnd || u.Kind == OrgUnitKind.Forvaltning).ToListAsync();
        var edited = (await access.FilterAsync(UnitAction.Edit, units)).Select(u => u.Kind).ToHashSet();
        var bodies = new List<ProcessBody>();
        if (edited.Contains(OrgUnitKind.Namnd))
            bodies.Add(ProcessBody.Committee);
        if (edited.Contains(OrgUnitKind.Forvaltning))
            bodies.Add(ProcessBody.Administration);
        return bodies;
    }
}
