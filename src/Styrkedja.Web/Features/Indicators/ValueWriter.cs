using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>
/// One value to write: the key (indicator, unit, year, period, gender row), the value (null clears it),
/// a comment, and the version the writer last saw (null: the writer does not know, e.g. a new value or
/// a system that always overwrites).
/// </summary>
public sealed record ValueWrite(int IndicatorId, int OrgUnitId, int Year, int Period, Gender Gender, decimal? Value,
    string Comment = "", int? ExpectedVersion = null);

/// <summary>Why the write at <see cref="Index"/> of the batch was refused.</summary>
public sealed record ValueError(int Index, string Message);

public sealed record ValueWriteResult(IReadOnlyList<ValueError> Errors, bool Forbidden, int Written)
{
    public bool Succeeded => Errors.Count == 0 && !Forbidden;
}

/// <summary>
/// Writes a batch of indicator values all or nothing, for every channel (the grid, the Excel import,
/// the push API): every write is checked first — the indicator and unit exist in the organisation, the
/// unit reports the indicator, <see cref="ValueRules"/>, the writer's right to the unit, the version the
/// writer saw — and one refused write means nothing of the batch is stored. The rest is one save, so one
/// transaction with its audit rows.
/// </summary>
public sealed class ValueWriter(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock)
{
    public const int MaxCommentLength = 1000;

    /// <param name="source">Recorded on each value (manual for the grid and Excel, API for the push API).</param>
    /// <param name="checkUserAccess">False for an API key: it acts for its whole organisation.</param>
    public async Task<ValueWriteResult> WriteAsync(IReadOnlyList<ValueWrite> writes, IndicatorSource source, bool checkUserAccess = true)
    {
        var indicatorIds = writes.Select(w => w.IndicatorId).Distinct().ToList();
        var unitIds = writes.Select(w => w.OrgUnitId).Distinct().ToList();
        var indicators = await db.Indicators.Where(i => indicatorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
        var units = await db.OrgUnits.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id);
        var adoptions = (await db.IndicatorAdoptions
                .Where(a => indicatorIds.Contains(a.IndicatorId) && unitIds.Contains(a.OrgUnitId))
                .Select(a => new { a.IndicatorId, a.OrgUnitId }).ToListAsync())
            .Select(a => (a.IndicatorId, a.OrgUnitId)).ToHashSet();

        if (checkUserAccess)
            foreach (var unit in units.Values)
                if (!await access.CanAsync(UnitAction.Edit, unit))
                    return new ValueWriteResult([], Forbidden: true, 0);

        var errors = new List<ValueError>();
        for (var i = 0; i < writes.Count; i++)
            if (Refusal(writes[i], indicators, units, adoptions) is { } message)
                errors.Add(new ValueError(i, message));
        if (errors.Count > 0)
            return new ValueWriteResult(errors, false, 0);

        var existing = await ExistingAsync(writes, indicatorIds, unitIds);
        var written = 0;
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            existing.TryGetValue(KeyOf(write), out var current);
            if (current is not null && write.ExpectedVersion is { } seen && seen != current.Version)
                errors.Add(new ValueError(i, Conflict(indicators[write.IndicatorId], units[write.OrgUnitId], write, current)));
            else
                written += Apply(write, current, source) ? 1 : 0;
        }
        if (errors.Count > 0)
            return new ValueWriteResult(errors, false, 0);

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone saved the same value between our read and our save (a version or the unique key).
            db.ChangeTracker.Clear();
            return new ValueWriteResult([new ValueError(-1, IndicatorText.ErrorSavedMeanwhile)], false, 0);
        }
        return new ValueWriteResult([], false, written);
    }

    private static string? Refusal(ValueWrite write, Dictionary<int, Indicator> indicators, Dictionary<int, OrgUnit> units,
        HashSet<(int, int)> adoptions)
    {
        if (!indicators.TryGetValue(write.IndicatorId, out var indicator))
            return string.Format(IndicatorText.ErrorIndicatorUnknown, write.IndicatorId);
        if (!units.TryGetValue(write.OrgUnitId, out var unit))
            return string.Format(IndicatorText.ErrorUnitUnknown, write.OrgUnitId);
        if (!adoptions.Contains((indicator.Id, unit.Id)))
            return string.Format(IndicatorText.ErrorNotReported, unit.Name, indicator.Name);
        if (write.Year is < 2000 or > 2100)
            return string.Format(IndicatorText.ErrorYear, write.Year);
        if (write.Comment.Length > MaxCommentLength)
            return string.Format(IndicatorText.ErrorCommentLength, MaxCommentLength);
        return ValueRules.Check(indicator, write.Period, write.Gender, write.Value);
    }

    private async Task<Dictionary<(int, int, int, int, Gender), IndicatorValue>> ExistingAsync(IReadOnlyList<ValueWrite> writes,
        List<int> indicatorIds, List<int> unitIds)
    {
        var years = writes.Select(w => w.Year).Distinct().ToList();
        var rows = await db.IndicatorValues
            .Where(v => indicatorIds.Contains(v.IndicatorId) && unitIds.Contains(v.OrgUnitId) && years.Contains(v.Year))
            .ToListAsync();
        return rows.ToDictionary(v => (v.IndicatorId, v.OrgUnitId, v.Year, v.Period, v.Gender));
    }

    private static (int, int, int, int, Gender) KeyOf(ValueWrite w) => (w.IndicatorId, w.OrgUnitId, w.Year, w.Period, w.Gender);

    /// <summary>Adds, changes or (for an emptied value without comment) removes the row. True when something changes.</summary>
    private bool Apply(ValueWrite write, IndicatorValue? current, IndicatorSource source)
    {
        var empty = write.Value is null && string.IsNullOrWhiteSpace(write.Comment);
        if (current is null)
        {
            if (empty)
                return false;
            db.IndicatorValues.Add(new IndicatorValue
            {
                OrganisationId = db.OrganisationId!.Value, IndicatorId = write.IndicatorId, OrgUnitId = write.OrgUnitId,
                Year = write.Year, Period = write.Period, Gender = write.Gender, Value = write.Value,
                Comment = write.Comment.Trim(), Source = source,
            });
            return true;
        }
        if (empty)
        {
            db.IndicatorValues.Remove(current);
            return true;
        }
        if (current.Value == write.Value && current.Comment == write.Comment.Trim())
            return false;
        current.Value = write.Value;
        current.Comment = write.Comment.Trim();
        current.Source = source;
        return true;
    }

    private string Conflict(Indicator indicator, OrgUnit unit, ValueWrite write, IndicatorValue current) =>
        string.Format(IndicatorText.ErrorValueConflict, indicator.Name, unit.Name,
            ReportingPeriods.Name(indicator.Periodicity, write.Year, write.Period),
            current.UpdatedBy ?? Common.Unknown, SwedishTime.Clock(current.UpdatedAt, clock.GetUtcNow().UtcDateTime));
}
