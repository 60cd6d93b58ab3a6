using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>
/// Who answers for which steps of the year wheel, from a person's grants. One rule for the signed-in user's
/// rights and tasks and for the e-mail reminders to everyone else: the central staff (administrators, and
/// controllers over every root of the tree) answer for every step; editors and controllers of a nämnd or
/// förvaltning answer for the committees' and administrations' steps.
/// </summary>
public sealed class YearWheelResponsibility(IReadOnlyCollection<OrgUnit> roots, IReadOnlyCollection<OrgUnit> bodyUnits)
{
    public static async Task<YearWheelResponsibility> LoadAsync(StyrkedjaDbContext db)
    {
        var units = await db.OrgUnits.AsNoTracking()
            .Where(u => u.ParentId == null || u.Kind == OrgUnitKind.Namnd || u.Kind == OrgUnitKind.Forvaltning)
            .ToListAsync();
        return new(units.Where(u => u.ParentId == null).ToList(),
            units.Where(u => u.Kind is OrgUnitKind.Namnd or OrgUnitKind.Forvaltning).ToList());
    }

    public bool IsCentral(IReadOnlyCollection<AccessPolicy.Grant> grants) =>
        grants.Any(g => g.Role == Role.Administrator)
        || (roots.Count > 0 && roots.All(r => grants.Any(g => g.Role == Role.Controller && g.Covers(r))));

    public IReadOnlyList<ProcessBody> Bodies(IReadOnlyCollection<AccessPolicy.Grant> grants)
    {
        if (IsCentral(grants))
            return Enum.GetValues<ProcessBody>();
        var edited = bodyUnits
            .Where(u => grants.Any(g => g.Role is Role.Editor or Role.Controller && g.Covers(u)))
            .Select(u => u.Kind)
            .ToHashSet();
        var bodies = new List<ProcessBody>();
        if (edited.Contains(OrgUnitKind.Namnd))
            bodies.Add(ProcessBody.Committee);
        if (edited.Contains(OrgUnitKind.Forvaltning))
            bodies.Add(ProcessBody.Administration);
        return bodies;
    }

    /// <summary>The steps not done whose date is past or within the due horizon (last year's stragglers too).</summary>
    public static IQueryable<YearWheelItem> DueOrLate(IQueryable<YearWheelItem> items, DateOnly today)
    {
        var horizon = today.AddDays(YearWheelItems.DueWithinDays);
        return items.Where(i => i.DoneOn == null && i.Date <= horizon && i.Date.Year >= today.Year - 1);
    }
}
