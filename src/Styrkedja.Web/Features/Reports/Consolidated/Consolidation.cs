using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.InternalControl;

namespace Styrkedja.Web.Features.Reports.Consolidated;

/// <summary>
/// The organisation's report for one round, gathered from the units' reports that count
/// (<see cref="ReportRules.CountsInConsolidation"/>): fulfilment counts per goal level and per committee,
/// the committees' summaries, the economy rolled up the tree, the units whose reports are missing, and —
/// for a type that includes internal control (the annual report) — every committee's control results and their sum.
/// Pure data: the page, the Word file and the benchmark render it.
/// </summary>
public sealed record Consolidation(
    int RoundId,
    string OrganisationName,
    string Title,
    bool EconomyOnly,
    string RegionText,
    IReadOnlyList<FulfilmentRow> ByLevel,
    IReadOnlyList<FulfilmentRow> ByCommittee,
    FulfilmentRow Total,
    IReadOnlyList<CommitteeSummary> Summaries,
    IReadOnlyList<EconomyRow> Economy,
    EconomyFigures EconomyTotal,
    IReadOnlyList<MissingReport> Missing,
    ControlResultsSummary? InternalControl);

/// <summary>How many goals were assessed as each <see cref="Fulfilment"/>.</summary>
public sealed class FulfilmentCounts
{
    private readonly int[] _counts = new int[Enum.GetValues<Fulfilment>().Length];

    public int this[Fulfilment fulfilment] => _counts[(int)fulfilment];

    public int Total => _counts.Sum();

    internal void Add(Fulfilment fulfilment) => _counts[(int)fulfilment]++;
}

/// <summary>A row of the fulfilment tables: a goal level or a committee, at period end and as forecast.</summary>
public sealed record FulfilmentRow(string Name)
{
    public FulfilmentCounts AtPeriodEnd { get; } = new();
    public FulfilmentCounts Forecast { get; } = new();
}

/// <summary>A committee's own summary section, in tree order.</summary>
public sealed record CommitteeSummary(int ReportId, string UnitName, string Body);

/// <summary>Economy figures in tkr; a figure is null when no report below gave it.</summary>
public sealed record EconomyFigures(decimal? BudgetYear, decimal? BudgetToDate, decimal? OutcomeToDate, decimal? ForecastYear)
{
    /// <summary>Budget minus outcome to date: positive is a surplus.</summary>
    public decimal? DeviationToDate => BudgetToDate - OutcomeToDate;

    /// <summary>Budget minus forecast for the year: positive is a surplus.</summary>
    public decimal? DeviationYear => BudgetYear - ForecastYear;

    public static EconomyFigures Sum(IEnumerable<Report> reports)
    {
        var list = reports.ToList();
        return new(SumOf(list, r => r.BudgetYear), SumOf(list, r => r.BudgetToDate), SumOf(list, r => r.OutcomeToDate), SumOf(list, r => r.ForecastYear));
    }

    private static decimal? SumOf(List<Report> reports, Func<Report, decimal?> figure) =>
        reports.Any(r => figure(r) is not null) ? reports.Sum(r => figure(r) ?? 0) : null;
}

/// <summary>A unit's figures rolled up: its own report's and those of every unit below it.</summary>
public sealed record EconomyRow(int UnitId, string UnitName, int Depth, EconomyFigures Figures);

/// <summary>A report that is not (yet) part of the consolidation.</summary>
public sealed record MissingReport(int ReportId, string UnitName, ReportState State, DateOnly DueOn);
