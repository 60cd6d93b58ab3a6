using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.InternalControl;

/// <summary>
/// Who may see and change a unit's risks, control plan and control results (issue 8). Unlike goals and
/// plans, which everyone in the organisation reads, a risk analysis names weaknesses: a committee sees
/// only its own, while controllers, readers and the board's staff read everything in their subtree.
/// </summary>
public static class InternalControlAccess
{
    /// <summary>Any grant covering the unit (an organisation-wide grant covers all), or an administrator.</summary>
    public static async Task<bool> MayReadAsync(AccessPolicy access, OrgUnit unit) =>
        (await access.GrantsAsync()).Any(g => g.Role == Role.Administrator || g.Covers(unit));

    /// <summary>Editors and controllers of the unit write its risks, controls and results.</summary>
    public static Task<bool> MayEditAsync(AccessPolicy access, OrgUnit unit) => access.CanAsync(UnitAction.Edit, unit);

    /// <summary>Controllers over the unit record the committee's decision of its control plan.</summary>
    public static Task<bool> MayDecideAsync(AccessPolicy access, OrgUnit unit) => access.CanAsync(UnitAction.Review, unit);

    /// <summary>Of the given units, those the user may read (for lists and sums).</summary>
    public static async Task<List<OrgUnit>> ReadableAsync(AccessPolicy access, IEnumerable<OrgUnit> units)
    {
        var result = new List<OrgUnit>();
        foreach (var unit in units)
            if (await MayReadAsync(access, unit))
                result.Add(unit);
        return result;
    }
}
