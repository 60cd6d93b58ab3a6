using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.YearWheel;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Tasks;

/// <summary>
/// The year wheel's steps that are due (within two weeks) or late and not done, for those who answer for
/// them (<see cref="YearWheelResponsibility"/>).
/// </summary>
public static class YearWheelTasks
{
    public static async Task<IEnumerable<UserTask>> LoadAsync(StyrkedjaDbContext db, AccessPolicy access, DateOnly today)
    {
        var bodies = (await YearWheelResponsibility.LoadAsync(db)).Bodies(await access.GrantsAsync());
        if (bodies.Count == 0)
            return [];
        var items = await YearWheelResponsibility.DueOrLate(db.YearWheelItems.AsNoTracking(), today)
            .Where(i => bodies.Contains(i.Body))
            .Select(i => new { i.Id, i.Name, i.Date })
            .ToListAsync();
        return items.Select(i => new UserTask(TaskKind.YearWheel, string.Format(YearWheelText.TaskText, i.Name),
            $"/YearWheel?year={i.Date.Year}#item-{i.Id}", i.Date, i.Date < today));
    }
}
