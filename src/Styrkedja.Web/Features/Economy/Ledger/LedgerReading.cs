using Styrkedja.Sie;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Economy.Ledger;

/// <summary>One unit, budget line and month: what a <see cref="LedgerAmount"/> row is keyed on.</summary>
public readonly record struct LedgerKey(int UnitId, int LineId, int Year, int Month);

/// <summary>
/// Amounts of one source in a file (#TRANS, #PSALDO per object or for the whole account, #PBUDGET …) summed
/// per <see cref="LedgerKey"/> as they are read, with the objects and accounts that had no mapping.
/// </summary>
public sealed class LedgerBucket
{
    public Dictionary<LedgerKey, decimal> Sums { get; } = [];
    public HashSet<string> UnmappedObjects { get; } = [];
    public HashSet<string> UnmappedAccounts { get; } = [];
    public int Rows { get; private set; }

    public void Add(LedgerMappingSet mappings, string account, string objectCode, int year, int month, decimal amount)
    {
        var use = mappings.Classify(account, out var line);
        if (use == LedgerMappingSet.AccountUse.BalanceSheet)
            return;
        Rows++;
        var unit = mappings.UnitOf(objectCode);
        if (unit is null)
            UnmappedObjects.Add(objectCode);
        if (use == LedgerMappingSet.AccountUse.Unmapped)
            UnmappedAccounts.Add(account);
        if (unit is null || use == LedgerMappingSet.AccountUse.Unmapped)
            return;
        var key = new LedgerKey(unit.Value, line, year, month);
        Sums[key] = Sums.GetValueOrDefault(key) + amount;
    }
}

/// <summary>
/// What a SIE file holds for the import, read in one pass without keeping its rows: the file's
/// identification, outcome and budget summed per unit, line and month, and what could not be mapped. A dry
/// run shows it; an import writes it. Outcome comes from the vouchers' #TRANS rows when the file has
/// vouchers (type 4), else from #PSALDO of the current year — per object when the file gives balances per
/// object of the mapped dimension (type 3), else per account (mapped to the unit of the empty object code).
/// </summary>
public sealed class LedgerReading
{
    private readonly LedgerMappingSet _mappings;
    private readonly LedgerBucket _transactions = new();
    private readonly LedgerBucket _periodTotals = new();
    private readonly LedgerBucket _periodObjects = new();
    private readonly LedgerBucket _budgetTotals = new();
    private readonly LedgerBucket _budgetObjects = new();

    public LedgerReading(LedgerMappingSet mappings)
    {
        _mappings = mappings;
    }

    public int? FileType { get; private set; }
    public string ProgramName { get; private set; } = "";
    public string CompanyName { get; private set; } = "";
    public SieFinancialYear? CurrentYear { get; private set; }
    public int VoucherCount { get; private set; }
    public int TransactionCount { get; private set; }
    public int Dimension => _mappings.Dimension;
    public Dictionary<string, string> ObjectNames { get; } = [];
    public Dictionary<string, string> AccountNames { get; } = [];

    public bool OutcomeFromVouchers => VoucherCount > 0;

    public LedgerBucket Outcome => OutcomeFromVouchers ? _transactions
        : _periodObjects.Rows > 0 ? _periodObjects : _periodTotals;

    public LedgerBucket Budget => _budgetObjects.Rows > 0 ? _budgetObjects : _budgetTotals;

    /// <summary>Unmapped object codes of what would be written, with their #OBJEKT names, by code.</summary>
    public IReadOnlyList<(string Code, string Name)> UnmappedObjects =>
        Outcome.UnmappedObjects.Union(Budget.UnmappedObjects).Order(StringComparer.Ordinal)
            .Select(c => (c, ObjectNames.GetValueOrDefault(c, ""))).ToList();

    /// <summary>Unmapped outcome accounts of what would be written, with their #KONTO names, by number.</summary>
    public IReadOnlyList<(string Number, string Name)> UnmappedAccounts =>
        Outcome.UnmappedAccounts.Union(Budget.UnmappedAccounts).Order(StringComparer.Ordinal)
            .Select(a => (a, AccountNames.GetValueOrDefault(a, ""))).ToList();

    public bool IsFullyMapped => UnmappedObjects.Count == 0 && UnmappedAccounts.Count == 0;

    public IEnumerable<(LedgerAmountKind Kind, LedgerKey Key, decimal Amount)> Amounts =>
        Outcome.Sums.Select(s => (LedgerAmountKind.Outcome, s.Key, s.Value))
            .Concat(Budget.Sums.Select(s => (LedgerAmountKind.Budget, s.Key, s.Value)));

    public async Task ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        await foreach (var record in SieReader.ReadAsync(stream, cancellationToken))
            Add(record);
    }

    private void Add(SieRecord record)
    {
        switch (record)
        {
            case SieFileType type: FileType = type.Type; break;
            case SieProgram program: ProgramName = program.Name; break;
            case SieCompanyName name: CompanyName = name.Name; break;
            case SieFinancialYear { YearIndex: 0 } year: CurrentYear = year; break;
            case SieAccount account: AccountNames[account.Number] = account.Name; break;
            case SieObject item when item.Dimension == Dimension: ObjectNames[item.Code] = item.Name; break;
            case SieBalance { YearIndex: 0, Period: { } period } balance
                when balance.Kind is SieBalanceKind.Period or SieBalanceKind.PeriodBudget:
                AddBalance(balance, period);
                break;
            case SieVoucher voucher: AddVoucher(voucher); break;
        }
    }

    private void AddBalance(SieBalance balance, SiePeriod period)
    {
        var budget = balance.Kind == SieBalanceKind.PeriodBudget;
        if (balance.Objects.Count == 0)
            (budget ? _budgetTotals : _periodTotals).Add(_mappings, balance.Account, "", period.Year, period.Month, balance.Amount);
        // A balance for a combination of objects would count the same money again; only single objects of the dimension count.
        else if (balance.Objects is [{ } only] && only.Dimension == Dimension)
            (budget ? _budgetObjects : _periodObjects).Add(_mappings, balance.Account, only.Code, period.Year, period.Month, balance.Amount);
    }

    private void AddVoucher(SieVoucher voucher)
    {
        VoucherCount++;
        foreach (var row in voucher.Rows)
        {
            if (row.Kind != SieTransactionKind.Normal)
                continue;
            TransactionCount++;
            var date = row.Date ?? voucher.Date;
            _transactions.Add(_mappings, row.Account, ObjectOf(row.Objects), date.Year, date.Month, row.Amount);
        }
    }

    private string ObjectOf(IReadOnlyList<SieObjectRef> objects)
    {
        foreach (var item in objects)
            if (item.Dimension == Dimension)
                return item.Code;
        return "";
    }
}
