using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Infrastructure.Security;

public enum UnitAction
{
    Read,
    Edit,
    Review,
}

/// <summary>
/// The one place that answers "may this user do this action on this unit?". Roles are granted
/// over org subtrees (<see cref="RoleGrant"/>); the organisation boundary is the query filter of the
/// database context, so a unit of another organisation is never even loaded.
/// Grants are read once per request from the database: no process state, any instance may answer.
/// </summary>
public sealed class AccessPolicy(StyrkedjaDbContext db, CurrentUser user)
{
    public sealed record Grant(Role Role, string? UnitPath)
    {
        public bool Covers(OrgUnit unit) => UnitPath is null || unit.IsWithin(UnitPath);
    }

    private IReadOnlyList<Grant>? _grants;

    public async Task<IReadOnlyList<Grant>> GrantsAsync()
    {
        if (_grants is not null)
            return _grants;
        if (user.UserId is null)
            return _grants = [];
        _grants = await db.RoleGrants
            .Where(g => g.UserId == user.UserId)
            .Select(g => new Grant(g.Role, g.OrgUnit == null ? null : g.OrgUnit.Path))
            .ToListAsync();
        return _grants;
    }

    public async Task<bool> HasRoleAsync(Role role) => (await GrantsAsync()).Any(g => g.Role == role);

    public Task<bool> IsAdministratorAsync() => HasRoleAsync(Role.Administrator);

    public async Task<bool> CanAsync(UnitAction action, OrgUnit unit)
    {
        var grants = await GrantsAsync();
        return action switch
        {
            UnitAction.Read => grants.Count > 0,
            UnitAction.Edit => grants.Any(g => g.Role is Role.Editor or Role.Controller && g.Covers(unit)),
            UnitAction.Review => grants.Any(g => g.Role == Role.Controller && g.Covers(unit)),
            _ => false,
        };
    }

    /// <summary>
    /// The organisation's central staff: an Administrator, or a Controller whose grant covers the whole
    /// organisation. Things that span all units (planning years, region-wide indicators, Kolada settings)
    /// are theirs.
    /// </summary>
    public async Task<bool> ActsForWholeOrganisationAsync() =>
        (await GrantsAsync()).Any(g => g.Role == Role.Administrator || (g.Role == Role.Controller && g.UnitPath is null));

    /// <summary>True when the user may edit anything at all (to show or hide "Nytt mål" and the like).</summary>
    public async Task<bool> MayEditSomethingAsync() =>
        (await GrantsAsync()).Any(g => g.Role is Role.Editor or Role.Controller);

    /// <summary>Of the given units, those the user may act on.</summary>
    public async Task<List<OrgUnit>> FilterAsync(UnitAction action, IEnumerable<OrgUnit> units)
    {
        var result = new List<OrgUnit>();
        foreach (var unit in units)
            if (await CanAsync(action, unit))
                result.Add(unit);
        return result;
    }
}
