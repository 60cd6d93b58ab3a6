using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>Who may do what with the year's calendar (issue 7's rules).</summary>
public static class YearWheelAccess
{
    /// <summary>
    /// The calendar, and applying an evaluation to the template, belong to the organisation's central staff:
    /// administrators, and controllers whose grant covers the whole organisation (every root of the tree).
    /// </summary>
    public static async Task<bool> MayEditAsync(StyrkedjaDbContext db, AccessPolicy access)
    {
        var grants = await access.GrantsAsync();
        if (!grants.Any(g => g.Role is Domain.Role.Administrator or Domain.Role.Controller))
            return false;
        return (await YearWheelResponsibility.LoadAsync(db)).IsCentral(grants);
    }

    /// <summary>Everyone with a grant in the organisation reads the year wheel.</summary>
    public static async Task<bool> MayReadAsync(AccessPolicy access) => (await access.GrantsAsync()).Count > 0;
}
