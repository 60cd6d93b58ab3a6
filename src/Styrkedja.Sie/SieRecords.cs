namespace Styrkedja.Sie;

/// <summary>One record (a line starting with a label such as #KONTO) of a SIE file, with its line number.</summary>
public abstract record SieRecord(int Line);

/// <summary>#FLAGGA: 0 when written, 1 once a receiving program has read the file.</summary>
public sealed record SieFlag(int Line, int Value) : SieRecord(Line);

/// <summary>#FORMAT: the character set the file claims (the standard allows only PC8, i.e. CP437).</summary>
public sealed record SieCharacterSet(int Line, string Name) : SieRecord(Line);

/// <summary>#SIETYP: 1 (year balances), 2 (period balances), 3 (object balances) or 4 (vouchers).</summary>
public sealed record SieFileType(int Line, int Type) : SieRecord(Line);

/// <summary>#PROGRAM: the program that wrote the file.</summary>
public sealed record SieProgram(int Line, string Name, string Version) : SieRecord(Line);

/// <summary>#GEN: when and by whom the file was written.</summary>
public sealed record SieGenerated(int Line, DateOnly Date, string Signature) : SieRecord(Line);

/// <summary>#FNAMN: the company's legal name.</summary>
public sealed record SieCompanyName(int Line, string Name) : SieRecord(Line);

/// <summary>#ORGNR: the company's organisation number (some programs write it empty).</summary>
public sealed record SieOrganisationNumber(int Line, string Number) : SieRecord(Line);

/// <summary>#RAR: a financial year; <paramref name="YearIndex"/> 0 is the current year, -1 the one before.</summary>
public sealed record SieFinancialYear(int Line, int YearIndex, DateOnly Start, DateOnly End) : SieRecord(Line);

/// <summary>#KONTO: an account of the chart and its name.</summary>
public sealed record SieAccount(int Line, string Number, string Name) : SieRecord(Line);

/// <summary>#KTYP: the account's type, T (tillgång), S (skuld), K (kostnad) or I (intäkt).</summary>
public sealed record SieAccountType(int Line, string Account, string Type) : SieRecord(Line);

/// <summary>#SRU: the tax form code an account's balance goes to.</summary>
public sealed record SieSruCode(int Line, string Account, string Code) : SieRecord(Line);

/// <summary>#DIM, or #UNDERDIM when <paramref name="Parent"/> is set: a dimension of objects (1 = kostnadsställe, 6 = projekt, …).</summary>
public sealed record SieDimension(int Line, int Number, string Name, int? Parent) : SieRecord(Line);

/// <summary>#OBJEKT: an object (e.g. a cost centre) within a dimension.</summary>
public sealed record SieObject(int Line, int Dimension, string Code, string Name) : SieRecord(Line);

/// <summary>One (dimension, object) pair of an object list such as <c>{1 "100" 6 "P1"}</c>.</summary>
public readonly record struct SieObjectRef(int Dimension, string Code);

/// <summary>A calendar month as SIE writes periods (ÅÅÅÅMM).</summary>
public readonly record struct SiePeriod(int Year, int Month)
{
    public override string ToString() => $"{Year:D4}{Month:D2}";
}

public enum SieBalanceKind
{
    /// <summary>#IB: opening balance of a balance sheet account.</summary>
    Opening,
    /// <summary>#UB: closing balance of a balance sheet account.</summary>
    Closing,
    /// <summary>#OIB: opening balance of an account for an object.</summary>
    ObjectOpening,
    /// <summary>#OUB: closing balance of an account for an object.</summary>
    ObjectClosing,
    /// <summary>#RES: the year's result on an income statement account.</summary>
    Result,
    /// <summary>#PSALDO: the change on an account in one period.</summary>
    Period,
    /// <summary>#PBUDGET: the budget for an account in one period.</summary>
    PeriodBudget,
}

/// <summary>
/// #IB, #UB, #OIB, #OUB, #RES, #PSALDO or #PBUDGET. Credit is negative. <see cref="Period"/> is set for
/// #PSALDO/#PBUDGET only; <see cref="Objects"/> is empty for the account as a whole.
/// </summary>
public sealed record SieBalance(
    int Line, SieBalanceKind Kind, int YearIndex, SiePeriod? Period, string Account,
    IReadOnlyList<SieObjectRef> Objects, decimal Amount, decimal? Quantity) : SieRecord(Line);

public enum SieTransactionKind
{
    /// <summary>#TRANS: a row of the voucher as it stands; only these must balance.</summary>
    Normal,
    /// <summary>#RTRANS: a row added afterwards (history; followed by the same row as #TRANS).</summary>
    Added,
    /// <summary>#BTRANS: a row removed afterwards (history).</summary>
    Removed,
}

/// <summary>A row of a voucher. <see cref="Date"/> is null when the row has the voucher's date.</summary>
public sealed record SieTransaction(
    int Line, SieTransactionKind Kind, string Account, IReadOnlyList<SieObjectRef> Objects, decimal Amount,
    DateOnly? Date, string Text, decimal? Quantity, string Signature);

/// <summary>#VER with its block of rows. The reader has checked that the #TRANS rows sum to zero.</summary>
public sealed record SieVoucher(
    int Line, string Series, string Number, DateOnly Date, string Text, DateOnly? RegistrationDate,
    string Signature, IReadOnlyList<SieTransaction> Rows) : SieRecord(Line)
{
    /// <summary>"A 12", or empty for an import file's voucher that the ledger will number.</summary>
    public string Name => $"{Series} {Number}".Trim();
}
