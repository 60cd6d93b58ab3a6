using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.InternalControl.Risks;

/// <summary>
/// The risk pages' one gate: the unit must exist (else 404) and the user must read it, or edit it for
/// the pages that write, by <see cref="InternalControlAccess"/> (else 403) — also for crafted requests.
/// </summary>
public static class RiskAccess
{
    public static async Task<(OrgUnit? Unit, IActionResult? Refusal)> UnitAsync(PageModel page, StyrkedjaDbContext db,
        AccessPolicy access, int unitId, bool edit)
    {
        if (await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId) is not { } unit)
            return (null, page.NotFound());
        return await MayAsync(access, unit, edit) ? (unit, null) : (null, page.Forbid());
    }

    /// <summary>A risk with its unit and year, if the user may read (or edit) its unit.</summary>
    public static async Task<(Risk? Risk, IActionResult? Refusal)> RiskAsync(PageModel page, StyrkedjaDbContext db,
        AccessPolicy access, int id, bool edit)
    {
        if (await db.Risks.Include(r => r.OrgUnit).Include(r => r.PlanningYear).SingleOrDefaultAsync(r => r.Id == id) is not { } risk)
            return (null, page.NotFound());
        return await MayAsync(access, risk.OrgUnit!, edit) ? (risk, null) : (null, page.Forbid());
    }

    private static Task<bool> MayAsync(AccessPolicy access, OrgUnit unit, bool edit) =>
        edit ? InternalControlAccess.MayEditAsync(access, unit) : InternalControlAccess.MayReadAsync(access, unit);

    public static string AnalysisUrl(int unitId, int year) => $"/InternalControl/Risks?unit={unitId}&year={year}";
}
