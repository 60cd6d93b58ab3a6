using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;

namespace Styrkedja.Web.Features.Excel;

/// <summary>The målvärden of a year, read once for a whole sheet; which one applies is TargetReading's rule.</summary>
public sealed class Targets
{
    private readonly ILookup<int, TargetValue> _byIndicator;

    private Targets(ILookup<int, TargetValue> byIndicator) => _byIndicator = byIndicator;

    public static async Task<Targets> LoadAsync(StyrkedjaDbContext db, int year) =>
        new((await db.TargetValues.AsNoTracking().Where(t => t.Year == year).ToListAsync()).ToLookup(t => t.IndicatorId));

    public decimal? For(int indicatorId, int unitId) => TargetReading.TargetFor(_byIndicator[indicatorId], unitId);
}
