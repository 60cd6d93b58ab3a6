using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Reports.Consolidated;

/// <summary>
/// Who may see and write the consolidated report: whoever reads the organisation's root unit reads it;
/// its region text is the whole organisation's controllers' (Review on the root) or an administrator's.
/// </summary>
public static class ConsolidatedAccess
{
    /// <summary>The round with its type and year, or null (also for another organisation's round).</summary>
    public static Task<ReportRound?> RoundAsync(StyrkedjaDbContext db, int id, bool tracked = false) =>
        (tracked ? db.ReportRounds : db.ReportRounds.AsNoTracking())
            .Include(r => r.ReportType).Include(r => r.PlanningYear)
            .SingleOrDefaultAsync(r => r.Id == id);

    /// <summary>The organisation's top unit (fullmäktige), whose rights cover the whole organisation.</summary>
    public static Task<OrgUnit?> RootAsync(StyrkedjaDbContext db) =>
        db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).FirstOrDefaultAsync();

    public static async Task<bool> MayReadAsync(StyrkedjaDbContext db, AccessPolicy access) =>
        await RootAsync(db) is { } root && await access.CanAsync(UnitAction.Read, root);

    public static async Task<bool> MayWriteAsync(StyrkedjaDbContext db, AccessPolicy access) =>
        await access.IsAdministratorAsync() || (await RootAsync(db) is { } root && await access.CanAsync(UnitAction.Review, root));
}
