namespace Styrkedja.Web.Domain;

/// <summary>Which way an indicator should move: it decides whether a value at or above target is met.</summary>
public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}

/// <summary>How often an indicator is reported. Decides the periods a value may be entered for.</summary>
public enum Periodicity
{
    Month,
    Tertial,
    HalfYear,
    Year,
}

/// <summary>Regiongemensam (adopted by the units concerned) or one unit's own.</summary>
public enum IndicatorScope
{
    RegionWide,
    UnitOwn,
}

/// <summary>Where the values come from.</summary>
public enum IndicatorSource
{
    Manual,
    Kolada,
    Api,
}

/// <summary>
/// An indicator of the organisation's catalogue (seeds 001–003): what is measured, how, by whom and how
/// often. Values, targets and adoptions hang under it. The rules here (decimals, bounds, periodicity,
/// gender breakdown) are what every way of entering a value checks: grid, Excel and API alike.
/// </summary>
public class Indicator : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public required string Name { get; set; }

    /// <summary>Markdown: what is measured and how it is computed.</summary>
    public string Definition { get; set; } = "";

    /// <summary>The unit of measure as shown after a value: "%", "antal", "kr", "dagar" …</summary>
    public string MeasureUnit { get; set; } = "";

    public int Decimals { get; set; }
    public IndicatorDirection Direction { get; set; }

    /// <summary>The model's category or perspective (Halland: målgrupp …; Blekinge: the five perspectives).</summary>
    public int? PerspectiveId { get; set; }
    public Perspective? Perspective { get; set; }

    public IndicatorScope Scope { get; set; }
    public int OwnerUnitId { get; set; }
    public OrgUnit? OwnerUnit { get; set; }
    public string ResponsiblePerson { get; set; } = "";
    public Periodicity Periodicity { get; set; }

    /// <summary>Values are given for women and men as well as in total (Kolada's T/K/M).</summary>
    public bool ByGender { get; set; }

    public IndicatorSource Source { get; set; }

    /// <summary>Kolada's KPI id (e.g. "N79173") when bound; several indicators may bind the same KPI.</summary>
    public string? KoladaKpiId { get; set; }

    /// <summary>Lowest and highest value allowed (a percentage is 0–100 unless the indicator says otherwise).</summary>
    public decimal? MinValue { get; set; }
    public decimal? MaxValue { get; set; }

    /// <summary>How far from target, in percent of the target, still counts as "close" rather than "not met".</summary>
    public decimal TolerancePercent { get; set; } = 5;

    public List<IndicatorAdoption> Adoptions { get; set; } = [];
}

/// <summary>A unit that reports an indicator: a region-wide one adopted, or the owner of its own one.</summary>
public class IndicatorAdoption : IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Indicator);
    int IHasAuditSubject.AuditSubjectId => IndicatorId;
}

/// <summary>"Goal is measured by indicator". Part of the goal's history.</summary>
public class GoalIndicator : IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int GoalId { get; set; }
    public Goal? Goal { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Goal);
    int IHasAuditSubject.AuditSubjectId => GoalId;
}
