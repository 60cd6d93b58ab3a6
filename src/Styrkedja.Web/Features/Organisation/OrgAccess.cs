using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>The area's access rules that are more than one <see cref="AccessPolicy"/> call.</summary>
public static class OrgAccess
{
    /// <summary>Everyone with a role in the organisation reads its tree.</summary>
    public static async Task<bool> MayReadAsync(AccessPolicy access) => (await access.GrantsAsync()).Count > 0;

    /// <summary>
    /// A unit's grunduppdrag is its own text: those who edit the unit's goals write it, and an
    /// administrator may help any unit.
    /// </summary>
    public static async Task<bool> MayEditMissionAsync(AccessPolicy access, OrgUnit unit) =>
        await access.CanAsync(UnitAction.Edit, unit) || await access.IsAdministratorAsync();
}
