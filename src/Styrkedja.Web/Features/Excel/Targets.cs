using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;

namespace Styrkedja.Web.Features.Excel;

/// <summary>
/// The målvärden of a year, read once: a unit's own target for an indicator when it has one, else the
/// organisation's (no unit).
/// </summary>
public sealed class Targets
{
    private readonly Dictionary<(int Indicator, int? Unit), decimal> _byKey;

    private Targets(Dictionary<(int, int?), decimal> byKey) => _byKey = byKey;

    public static async Task<Targets> LoadAsync(StyrkedjaDbContext db, int year) =>
        new(await db.TargetValues.AsNoTracking().Where(t => t.Year == year)
            .ToDictionaryAsync(t => (t.IndicatorId, t.OrgUnitId), t => t.Value));

    public decimal? For(int indicatorId, int unitId) =>
        _byKey.TryGetValue((indicatorId, unitId), out var own) ? own
        : _byKey.TryGetValue((indicatorId, null), out var common) ? common : null;
}
