namespace Styrkedja.Sie;

/// <summary>
/// Turns a lexed record into its typed <see cref="SieRecord"/>, field positions as in section 11 of the
/// spec. Records this library does not model (#ADRESS, #TAXAR, a label from a later version, …) give
/// null and are skipped, as section 7.1 requires; fields beyond the known ones are ignored (7.3).
/// #VER and its rows are built by <see cref="SieParser"/>, which owns the block structure.
/// </summary>
internal static class SieRecordFactory
{
    private const string YearIndex = "årsnummer", Account = "kontonummer", DimensionNumber = "dimensionsnummer";

    private static readonly Dictionary<string, Func<SieValues, SieRecord>> Factories = new()
    {
        ["#FLAGGA"] = v => new SieFlag(v.Line, v.Integer(0, "flagga")),
        ["#FORMAT"] = v => new SieCharacterSet(v.Line, v.Text(0)),
        ["#SIETYP"] = v => new SieFileType(v.Line, v.Integer(0, "typnummer")),
        ["#PROGRAM"] = v => new SieProgram(v.Line, v.Text(0), v.Text(1)),
        ["#GEN"] = v => new SieGenerated(v.Line, v.Date(0, "datum"), v.Text(1)),
        ["#FNAMN"] = v => new SieCompanyName(v.Line, v.Text(0)),
        ["#ORGNR"] = v => new SieOrganisationNumber(v.Line, v.Text(0)),
        ["#RAR"] = v => new SieFinancialYear(v.Line, v.Integer(0, YearIndex), v.Date(1, "startdatum"), v.Date(2, "slutdatum")),
        ["#KONTO"] = v => new SieAccount(v.Line, v.RequiredText(0, Account), v.Text(1)),
        ["#KTYP"] = v => new SieAccountType(v.Line, v.RequiredText(0, Account), v.RequiredText(1, "kontotyp")),
        ["#SRU"] = v => new SieSruCode(v.Line, v.RequiredText(0, Account), v.RequiredText(1, "SRU-kod")),
        ["#DIM"] = v => new SieDimension(v.Line, v.Integer(0, DimensionNumber), v.Text(1), null),
        ["#UNDERDIM"] = v => new SieDimension(v.Line, v.Integer(0, DimensionNumber), v.Text(1), v.Integer(2, "överordnad dimension")),
        ["#OBJEKT"] = v => new SieObject(v.Line, v.Integer(0, DimensionNumber), v.RequiredText(1, "objektnummer"), v.Text(2)),
        ["#IB"] = v => AccountBalance(SieBalanceKind.Opening, v),
        ["#UB"] = v => AccountBalance(SieBalanceKind.Closing, v),
        ["#RES"] = v => AccountBalance(SieBalanceKind.Result, v),
        ["#OIB"] = v => ObjectBalance(SieBalanceKind.ObjectOpening, v),
        ["#OUB"] = v => ObjectBalance(SieBalanceKind.ObjectClosing, v),
        ["#PSALDO"] = v => PeriodBalance(SieBalanceKind.Period, v),
        ["#PBUDGET"] = v => PeriodBalance(SieBalanceKind.PeriodBudget, v),
    };

    public static SieRecord? Create(string label, SieValues values) =>
        Factories.TryGetValue(label, out var create) ? create(values) : null;

    /// <summary>Whether this library reads the label (a record it does not know is skipped, never an error).</summary>
    public static bool IsModelled(string label) => Factories.ContainsKey(label);

    // #IB/#UB/#RES årsnr konto saldo kvantitet
    private static SieBalance AccountBalance(SieBalanceKind kind, SieValues v) =>
        new(v.Line, kind, v.Integer(0, YearIndex), null, v.RequiredText(1, Account), [], v.Amount(2, "saldo"),
            v.OptionalAmount(3, "kvantitet"));

    // #OIB/#OUB årsnr konto {dimensionsnr objektnr} saldo kvantitet
    private static SieBalance ObjectBalance(SieBalanceKind kind, SieValues v) =>
        new(v.Line, kind, v.Integer(0, YearIndex), null, v.RequiredText(1, Account), v.Objects(2), v.Amount(3, "saldo"),
            v.OptionalAmount(4, "kvantitet"));

    // #PSALDO/#PBUDGET årsnr period konto {dimensionsnr objektnr} saldo kvantitet
    private static SieBalance PeriodBalance(SieBalanceKind kind, SieValues v) =>
        new(v.Line, kind, v.Integer(0, YearIndex), v.Period(1), v.RequiredText(2, Account), v.Objects(3),
            v.Amount(4, "saldo"), v.OptionalAmount(5, "kvantitet"));

    // #VER serie vernr verdatum vertext regdatum sign — the rows follow in a block.
    public static SieVoucher Voucher(SieValues v) =>
        new(v.Line, v.Text(0), v.Text(1), v.Date(2, "verifikationsdatum"), v.Text(3), v.OptionalDate(4, "registreringsdatum"),
            v.Text(5), []);

    // #TRANS/#RTRANS/#BTRANS kontonr {objektlista} belopp transdat transtext kvantitet sign
    public static SieTransaction Transaction(SieTransactionKind kind, SieValues v) =>
        new(v.Line, kind, v.RequiredText(0, Account), v.Objects(1), v.Amount(2, "belopp"), v.OptionalDate(3, "transaktionsdatum"),
            v.Text(4), v.OptionalAmount(5, "kvantitet"), v.Text(6));
}
