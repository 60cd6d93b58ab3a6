namespace Styrkedja.Web.Domain;

/// <summary>
/// A line of the budget and outcome (intäkter, personalkostnader, övriga kostnader, …) that account ranges
/// of the ledger map to. Configurable per organisation.
/// </summary>
public class BudgetLine : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>
/// Accounts <see cref="FromAccount"/> to <see cref="ToAccount"/> (inclusive, compared as numbers) go to a
/// budget line. Accounts outside every range are listed as unmapped by a dry run; balance sheet accounts
/// (class 1 and 2) are not outcome and are never mapped.
/// </summary>
public class AccountMapping : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int FromAccount { get; set; }
    public int ToAccount { get; set; }
    public int BudgetLineId { get; set; }
    public BudgetLine? BudgetLine { get; set; }
}

/// <summary>
/// A ledger object (e.g. kostnadsställe/resultatenhet in dimension 1) that is an org unit. An empty
/// <see cref="ObjectCode"/> takes the rows that carry no object of the dimension.
/// </summary>
public class LedgerObjectMapping : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int Dimension { get; set; }
    public string ObjectCode { get; set; } = "";
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
}

/// <summary>
/// One import of a ledger file: what it was and what it wrote. It is the audited record of the import;
/// the <see cref="LedgerAmount"/> rows it wrote are not audited one by one.
/// </summary>
public class LedgerImport : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public required string FileName { get; set; }
    public string ProgramName { get; set; } = "";
    public int FileType { get; set; }
    public int Year { get; set; }
    public int FirstMonth { get; set; }
    public int LastMonth { get; set; }
    public int TransactionCount { get; set; }
    public int AmountRowCount { get; set; }
}

public enum LedgerAmountKind
{
    Outcome,
    Budget,
}

/// <summary>
/// Outcome or budget of one org unit, budget line and month, kronor, with the ledger's signs (costs
/// positive, revenue negative), so that the sum is the unit's net cost. Written in bulk by a
/// <see cref="LedgerImport"/>, which replaces a period's rows as a whole; audited through that import.
/// </summary>
public class LedgerAmount : IOrganisationScoped, IAuditedInBulk
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public int LedgerImportId { get; set; }
    public int OrgUnitId { get; set; }
    public int BudgetLineId { get; set; }
    public LedgerAmountKind Kind { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>
/// A unit's full-year forecast of its net cost at a report round, tkr. <see cref="ProposedAmount"/> keeps
/// the proposal shown when it was saved (outcome to date + remaining budget) beside the controller's
/// adjusted <see cref="Amount"/> and comment.
/// </summary>
public class EconomyForecast : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public int ReportRoundId { get; set; }
    public ReportRound? ReportRound { get; set; }
    public decimal ProposedAmount { get; set; }
    public decimal Amount { get; set; }
    public string Comment { get; set; } = "";
}

/// <summary>
/// Rows written in bulk by an operation that is itself audited (an import), so that a million rows do not
/// make a million audit entries.
/// </summary>
public interface IAuditedInBulk;
