using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Indicators;

public static class IndicatorQueries
{
    /// <summary>
    /// The indicator tracked, with its owner (for the permission check) and adoptions (which the edit,
    /// adoption and target pages read or change); null when it is not the organisation's.
    /// </summary>
    public static Task<Indicator?> FindForChangeAsync(this StyrkedjaDbContext db, int id) =>
        db.Indicators.Include(i => i.OwnerUnit).Include(i => i.Adoptions).SingleOrDefaultAsync(i => i.Id == id);
}
