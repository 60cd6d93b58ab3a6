using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;

namespace Styrkedja.Web.Features.Economy.Ledger;

/// <summary>
/// An organisation's mappings loaded once for a whole file: ledger objects of one dimension to units, and
/// account ranges to budget lines, looked up per row while the file streams by.
/// </summary>
public sealed class LedgerMappingSet
{
    /// <summary>Dimension 1 (kostnadsställe/resultatenhet) unless the organisation's mappings name another.</summary>
    public const int DefaultDimension = 1;

    private readonly Dictionary<string, int> _units;
    private readonly (int From, int To, int LineId)[] _ranges;

    private LedgerMappingSet(int dimension, Dictionary<string, int> units, (int, int, int)[] ranges)
    {
        Dimension = dimension;
        _units = units;
        _ranges = ranges;
    }

    public int Dimension { get; }

    public static async Task<LedgerMappingSet> LoadAsync(StyrkedjaDbContext db, CancellationToken cancellationToken = default)
    {
        var objects = await db.LedgerObjectMappings.AsNoTracking().ToListAsync(cancellationToken);
        var ranges = await db.AccountMappings.AsNoTracking().OrderBy(m => m.FromAccount)
            .Select(m => new ValueTuple<int, int, int>(m.FromAccount, m.ToAccount, m.BudgetLineId)).ToArrayAsync(cancellationToken);
        var dimension = objects.Count > 0 ? objects[0].Dimension : DefaultDimension;
        return new LedgerMappingSet(dimension,
            objects.Where(o => o.Dimension == dimension).ToDictionary(o => o.ObjectCode, o => o.OrgUnitId), ranges);
    }

    /// <summary>The unit of an object code ("" for rows without an object of the dimension), or null.</summary>
    public int? UnitOf(string objectCode) => _units.TryGetValue(objectCode, out var unit) ? unit : null;

    public enum AccountUse
    {
        /// <summary>Balance sheet (class 1–2): not outcome, skipped without a word.</summary>
        BalanceSheet,
        Unmapped,
        Mapped,
    }

    /// <summary>How an account is used, and its budget line when mapped.</summary>
    public AccountUse Classify(string account, out int lineId)
    {
        lineId = 0;
        if (account.Length > 0 && account[0] is '1' or '2')
            return AccountUse.BalanceSheet;
        if (!int.TryParse(account, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return AccountUse.Unmapped;
        // Ranges do not overlap (the mapping page sees to that), so the last one starting at or below wins.
        var index = Array.FindLastIndex(_ranges, r => r.From <= number);
        if (index < 0 || _ranges[index].To < number)
            return AccountUse.Unmapped;
        lineId = _ranges[index].LineId;
        return AccountUse.Mapped;
    }
}
