using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Features.Reports;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Seeds a demo organisation's follow-up: every round of last year's report cycle completed (the committees'
/// reports adopted, the annual report included), and this year's first round in progress with its reports in
/// every state, so that a newcomer sees the whole workflow. An economy-only type (Blekinge's månadsrapport)
/// gets its rounds up to that point filled with economy figures. The figures come from a fixed seed, so the
/// demo is the same every time; all of it is example data.
/// </summary>
internal sealed class ReportDemo(DemoSeeder seed)
{
    /// <summary>This year's states, one per committee in tree order: the first ones are the ones to show.</summary>
    private static readonly ReportState[] ThisYearStates =
    [
        ReportState.Adopted, ReportState.Submitted, ReportState.Returned, ReportState.InProgress,
        ReportState.NotStarted, ReportState.Reviewed,
    ];

    private readonly Random _random = new(2026);
    private int _paragraph = 40;

    public async Task SeedAsync(PlanningYear lastYear, PlanningYear thisYear)
    {
        var db = seed.Db;
        var today = DateOnly.FromDateTime(seed.Clock.GetLocalNow().Date);
        var types = await db.ReportTypes.OrderBy(t => t.SortOrder).ToListAsync();
        var goals = await db.Goals.AsNoTracking().ToListAsync();

        foreach (var type in types)
            foreach (var month in type.MonthList)
            {
                var round = await OpenAsync(type, lastYear, month);
                round.Summary = $"Uppföljningen av {ReportRules.RoundTitle(type, lastYear.Year, month)} visar att de flesta målen "
                    + "nås och att ekonomin är i balans. *(Exempeldata.)*";
                foreach (var report in round.Reports)
                {
                    Fill(report, type, goals.Where(g => g.OwnerUnitId == report.OrgUnitId && g.PlanningYearId == lastYear.Id), month);
                    if (type.Writers != ReportWriters.None)
                        await AdvanceAsync(report, ReportState.Adopted, today);
                }
                await db.SaveChangesAsync();
            }

        // This year: the first round that the committees write is under way; an economy-only type has its
        // rounds up to then done, as its figures need nobody's input.
        var first = types.Where(t => t.Writers != ReportWriters.None).Select(t => (Type: t, Month: t.MonthList[0]))
            .OrderBy(r => r.Month).First();
        foreach (var type in types.Where(t => t.Writers == ReportWriters.None))
            foreach (var month in type.MonthList.Where(m => m < first.Month))
            {
                var round = await OpenAsync(type, thisYear, month);
                foreach (var report in round.Reports)
                    Fill(report, type, [], month);
                await db.SaveChangesAsync();
            }
        var current = await OpenAsync(first.Type, thisYear, first.Month);
        foreach (var (report, i) in current.Reports.Select((r, i) => (r, i)))
        {
            var state = ThisYearStates[i % ThisYearStates.Length];
            if (state == ReportState.NotStarted)
                continue;
            var unitGoals = goals.Where(g => g.OwnerUnitId == report.OrgUnitId && g.PlanningYearId == thisYear.Id).ToList();
            // A report in progress has only its first goal assessed yet.
            Fill(report, first.Type, state == ReportState.InProgress ? unitGoals.Take(1) : unitGoals, first.Month);
            await AdvanceAsync(report, state, today);
        }
        await db.SaveChangesAsync();
    }

    private async Task<ReportRound> OpenAsync(ReportType type, PlanningYear year, int month)
    {
        var round = await ReportRules.OpenRoundAsync(seed.Db, type, year, month, ReportRules.DefaultDueOn(type, year.Year, month));
        await seed.Db.SaveChangesAsync();
        return round;
    }

    /// <summary>Assessments for the given goals, economy figures for the period, and example section texts.</summary>
    private void Fill(Report report, ReportType type, IEnumerable<Goal> goals, int month)
    {
        report.State = ReportState.InProgress;
        foreach (var goal in goals)
        {
            var atPeriodEnd = Pick();
            report.Assessments.Add(new ReportGoalAssessment
            {
                OrganisationId = report.OrganisationId, GoalId = goal.Id, AtPeriodEnd = atPeriodEnd,
                Forecast = atPeriodEnd == Fulfilment.NotMet ? Fulfilment.PartlyMet : atPeriodEnd,
                Analysis = atPeriodEnd == Fulfilment.Met
                    ? "Målet nås enligt indikatorerna. *(Exempeldata.)*"
                    : "Bemanningen har inte räckt till under perioden. *(Exempeldata.)*",
                Consequences = atPeriodEnd == Fulfilment.Met ? "" : "Längre väntetider för patienterna. *(Exempeldata.)*",
                Measures = atPeriodEnd == Fulfilment.Met ? "" : "Riktad rekrytering och ny schemaläggning. *(Exempeldata.)*",
            });
        }
        var budget = (decimal)(200 + _random.Next(0, 4_000)) * 1000;
        report.BudgetYear = budget;
        report.BudgetToDate = Math.Round(budget * month / 12, 0);
        report.OutcomeToDate = Math.Round(report.BudgetToDate.Value * (decimal)(0.96 + _random.NextDouble() * 0.08), 0);
        report.ForecastYear = Math.Round(budget * (decimal)(0.97 + _random.NextDouble() * 0.06), 0);
        report.EconomyComment = report.ForecastYear > budget
            ? "Underskottet beror på kostnader för inhyrd personal. *(Exempeldata.)*"
            : "Verksamheten håller budget. *(Exempeldata.)*";
        foreach (var section in report.Sections)
            section.Body = section.Heading == ReportRules.SummaryHeading
                ? $"{report.OrgUnit!.Name} följer planen för perioden. *(Exempeldata.)*"
                : $"Inget särskilt att rapportera under rubriken {section.Heading.ToLowerInvariant()}. *(Exempeldata.)*";
        if (type.Writers == ReportWriters.None)
            report.State = ReportState.NotStarted;
    }

    private Fulfilment Pick() => _random.Next(10) switch
    {
        < 6 => Fulfilment.Met,
        < 8 => Fulfilment.PartlyMet,
        < 9 => Fulfilment.NotMet,
        _ => Fulfilment.NotAssessed,
    };

    /// <summary>Takes a filled report through the workflow to the given state, with the data each step records.</summary>
    private async Task AdvanceAsync(Report report, ReportState state, DateOnly today)
    {
        report.State = state;
        if (state == ReportState.InProgress)
            return;
        report.SubmittedAt = report.DueOn.AddDays(-2).ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
        if (state == ReportState.Returned)
            report.ReturnComment = "Analysen saknar åtgärder för de mål som inte nås. *(Exempeldata.)*";
        if (state != ReportState.Adopted)
            return;
        var decidedOn = report.DueOn.AddDays(20);
        report.DecidedOn = decidedOn > today ? today : decidedOn;
        report.DecidedBy = await PlanRules.DecidingBodyAsync(seed.Db, report.OrgUnit!);
        report.DecisionParagraph = $"§ {_paragraph++}";
        report.RegistryNumber = $"{report.DecidedOn.Value.Year}/{200 + _paragraph:0000}";
    }
}
