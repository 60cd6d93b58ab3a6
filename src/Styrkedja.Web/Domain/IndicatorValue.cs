namespace Styrkedja.Web.Domain;

/// <summary>Kolada's gender rows: T (total), K (kvinnor), M (män).</summary>
public enum Gender
{
    Total,
    Women,
    Men,
}

/// <summary>
/// One reported value: an indicator, a unit, a period of a year (month 1–12, tertial 1–3, half-year 1–2,
/// or 1 for a yearly indicator) and a gender row. Unique on all five, so a second entry of the same
/// value is an edit of the first (and its version is checked).
/// </summary>
public class IndicatorValue : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public int Year { get; set; }
    public int Period { get; set; }
    public Gender Gender { get; set; }
    public decimal? Value { get; set; }
    public string Comment { get; set; } = "";
    public IndicatorSource Source { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Indicator);
    int IHasAuditSubject.AuditSubjectId => IndicatorId;
}

/// <summary>
/// A målvärde: what the indicator should reach in a year, for the whole organisation (no unit: the
/// goal's level) or for one unit.
/// </summary>
public class TargetValue : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public int Year { get; set; }
    public int? OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public decimal Value { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Indicator);
    int IHasAuditSubject.AuditSubjectId => IndicatorId;
}
