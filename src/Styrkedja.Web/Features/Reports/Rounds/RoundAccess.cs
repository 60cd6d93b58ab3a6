using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Reports.Rounds;

/// <summary>
/// Who may see and run the organisation's rounds. A round spans every unit, so its dashboard is read by
/// whoever can read the root unit, and it is opened, reminded and given economy figures by the central
/// staff: controllers whose grant covers the root unit, or administrators.
/// </summary>
public static class RoundAccess
{
    public static async Task<bool> MayReadAsync(StyrkedjaDbContext db, AccessPolicy access) =>
        await RootAsync(db) is { } root && await access.CanAsync(UnitAction.Read, root);

    public static async Task<bool> MayManageAsync(StyrkedjaDbContext db, AccessPolicy access) =>
        await access.IsAdministratorAsync() || (await RootAsync(db) is { } root && await access.CanAsync(UnitAction.Review, root));

    private static Task<OrgUnit?> RootAsync(StyrkedjaDbContext db) =>
        db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.Path).FirstOrDefaultAsync();
}
