using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>
/// Who may change an indicator, its adoptions and its targets. A region-wide indicator concerns the whole
/// organisation, so only an administrator or a controller over the whole organisation changes it; a unit's
/// own indicator may also be changed by whoever edits the owner unit's subtree.
/// </summary>
public static class IndicatorAccess
{
    public static async Task<bool> MayEditAsync(this AccessPolicy access, IndicatorScope scope, OrgUnit owner) =>
        await access.ActsForWholeOrganisationAsync() ||
        scope == IndicatorScope.UnitOwn && await access.CanAsync(UnitAction.Edit, owner);

    public static Task<bool> MayEditAsync(this AccessPolicy access, Indicator indicator) =>
        access.MayEditAsync(indicator.Scope, indicator.OwnerUnit!);

    /// <summary>Adopting for a unit, or setting its target: the indicator's editors, or an editor of that unit.</summary>
    public static async Task<bool> MayChangeForUnitAsync(this AccessPolicy access, Indicator indicator, OrgUnit unit) =>
        await access.MayEditAsync(indicator) || await access.CanAsync(UnitAction.Edit, unit);
}
