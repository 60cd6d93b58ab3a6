namespace Styrkedja.Sie;

/// <summary>An account of the file's chart with what the file says about it.</summary>
public sealed class SieDocumentAccount(string number)
{
    public string Number { get; } = number;
    public string Name { get; internal set; } = "";
    /// <summary>T, S, K or I from #KTYP, or null when the file leaves it to the BAS chart.</summary>
    public string? Type { get; internal set; }
    public IReadOnlyList<string> SruCodes => SruCodeList;
    internal List<string> SruCodeList { get; } = [];
}

/// <summary>
/// A summary of a whole SIE file: its identification, chart of accounts, dimensions, objects and balances,
/// and for the vouchers only their counts and the sum of #TRANS amounts per account — so it stays small
/// however many vouchers the file has. Build it with <see cref="ReadAsync"/>, or call <see cref="Add"/>
/// for each record while enumerating <see cref="SieReader.ReadAsync"/> to handle vouchers one by one too.
/// </summary>
public sealed class SieDocument
{
    private readonly List<SieFinancialYear> financialYears = [];
    private readonly Dictionary<string, SieDocumentAccount> accounts = [];
    private readonly Dictionary<int, SieDimension> dimensions = [];
    private readonly Dictionary<SieObjectRef, SieObject> objects = [];
    private readonly List<SieBalance> balances = [];
    private readonly Dictionary<string, decimal> transactionSums = [];

    public int? Flag { get; private set; }
    public string? CharacterSet { get; private set; }
    public int? FileType { get; private set; }
    public string? ProgramName { get; private set; }
    public string? ProgramVersion { get; private set; }
    public DateOnly? Generated { get; private set; }
    public string? GeneratedBy { get; private set; }
    public string? CompanyName { get; private set; }
    public string? OrganisationNumber { get; private set; }
    public IReadOnlyList<SieFinancialYear> FinancialYears => financialYears;
    public IReadOnlyDictionary<string, SieDocumentAccount> Accounts => accounts;
    public IReadOnlyDictionary<int, SieDimension> Dimensions => dimensions;
    public IReadOnlyDictionary<SieObjectRef, SieObject> Objects => objects;
    public IReadOnlyList<SieBalance> Balances => balances;
    public int VoucherCount { get; private set; }
    /// <summary>The number of #TRANS rows (not #RTRANS/#BTRANS history rows).</summary>
    public int TransactionCount { get; private set; }
    /// <summary>The sum of #TRANS amounts per account over all vouchers.</summary>
    public IReadOnlyDictionary<string, decimal> TransactionSums => transactionSums;

    public static async Task<SieDocument> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var document = new SieDocument();
        await foreach (var record in SieReader.ReadAsync(stream, cancellationToken)) document.Add(record);
        return document;
    }

    public void Add(SieRecord record)
    {
        switch (record)
        {
            case SieFlag flag: Flag = flag.Value; break;
            case SieCharacterSet format: CharacterSet = format.Name; break;
            case SieFileType type: FileType = type.Type; break;
            case SieProgram program: (ProgramName, ProgramVersion) = (program.Name, program.Version); break;
            case SieGenerated generated: (Generated, GeneratedBy) = (generated.Date, generated.Signature); break;
            case SieCompanyName name: CompanyName = name.Name; break;
            case SieOrganisationNumber number: OrganisationNumber = number.Number; break;
            case SieFinancialYear year: financialYears.Add(year); break;
            case SieAccount account: Account(account.Number).Name = account.Name; break;
            case SieAccountType type: Account(type.Account).Type = type.Type; break;
            case SieSruCode sru: Account(sru.Account).SruCodeList.Add(sru.Code); break;
            case SieDimension dimension: dimensions[dimension.Number] = dimension; break;
            case SieObject item: objects[new SieObjectRef(item.Dimension, item.Code)] = item; break;
            case SieBalance balance: balances.Add(balance); break;
            case SieVoucher voucher: AddVoucher(voucher); break;
        }
    }

    /// <summary>Balances of one kind for the whole account (no object), by account; e.g. #RES of year 0.</summary>
    public IReadOnlyDictionary<string, decimal> AccountBalances(SieBalanceKind kind, int yearIndex = 0) =>
        balances.Where(b => b.Kind == kind && b.YearIndex == yearIndex && b.Objects.Count == 0)
            .GroupBy(b => b.Account)
            .ToDictionary(g => g.Key, g => g.Sum(b => b.Amount));

    private void AddVoucher(SieVoucher voucher)
    {
        VoucherCount++;
        foreach (var row in voucher.Rows.Where(r => r.Kind == SieTransactionKind.Normal))
        {
            TransactionCount++;
            transactionSums[row.Account] = transactionSums.GetValueOrDefault(row.Account) + row.Amount;
        }
    }

    // #KTYP and #SRU should follow their #KONTO (section 11), but an account they name first is still kept.
    private SieDocumentAccount Account(string number)
    {
        if (!accounts.TryGetValue(number, out var account)) accounts[number] = account = new SieDocumentAccount(number);
        return account;
    }
}
