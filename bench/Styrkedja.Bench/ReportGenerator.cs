using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.GovernanceModel.Templates;
using Styrkedja.Web.Features.Reports;

namespace Styrkedja.Bench;

/// <summary>
/// Adds a follow-up round to <see cref="RegionGenerator"/>'s organisation: a delårsrapport written by
/// committees and administrations (each administration also gets goals of its own), with a report for
/// every writing unit, an assessment with analysis for every goal, economy figures and written sections;
/// nine of ten reports submitted. Deterministic (fixed seed).
/// </summary>
public sealed class ReportGenerator(StyrkedjaDbContext db)
{
    public const int GoalsPerAdministration = 10;

    public sealed record Scale(int RoundId, int Reports, int Assessments);

    public async Task<Scale> GenerateAsync(int year)
    {
        var random = new Random(20261126);
        var planningYear = await db.PlanningYears.SingleAsync(y => y.Year == year);
        var level = await db.GoalLevels.SingleAsync(l => l.Name == HallandTemplate.CommitteeGoal);
        foreach (var administration in await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Forvaltning).ToListAsync())
            for (var n = 1; n <= GoalsPerAdministration; n++)
                db.Goals.Add(new Goal
                {
                    OrganisationId = administration.OrganisationId, PlanningYearId = planningYear.Id, LevelId = level.Id,
                    OwnerUnitId = administration.Id, Title = $"{administration.Name}, mål {n}",
                });
        var type = new ReportType
        {
            OrganisationId = planningYear.OrganisationId, Name = "Delårsrapport", Months = "8",
            Writers = ReportWriters.CommitteesAndAdministrations, ToAssembly = true,
        };
        db.ReportTypes.Add(type);
        await db.SaveChangesAsync();

        var round = await ReportRules.OpenRoundAsync(db, type, planningYear, 8, ReportRules.DefaultDueOn(type, year, 8));
        round.Summary = "Regionens samlade bedömning för perioden. " + Text(random, 40);
        var goals = (await db.Goals.Where(g => g.PlanningYearId == planningYear.Id).Select(g => new { g.Id, g.OwnerUnitId }).ToListAsync())
            .ToLookup(g => g.OwnerUnitId, g => g.Id);
        var fulfilments = Enum.GetValues<Fulfilment>();
        foreach (var report in round.Reports)
        {
            report.State = random.Next(10) == 0 ? ReportState.InProgress : ReportState.Submitted;
            report.BudgetYear = random.Next(50_000, 2_000_000);
            report.BudgetToDate = Math.Round(report.BudgetYear.Value * 8 / 12);
            report.OutcomeToDate = report.BudgetToDate + random.Next(-20_000, 20_000);
            report.ForecastYear = report.BudgetYear + random.Next(-30_000, 30_000);
            report.EconomyComment = Text(random, 20);
            foreach (var section in report.Sections)
                section.Body = Text(random, 120);
            foreach (var goalId in goals[report.OrgUnitId])
                report.Assessments.Add(new ReportGoalAssessment
                {
                    OrganisationId = report.OrganisationId, GoalId = goalId,
                    AtPeriodEnd = fulfilments[random.Next(fulfilments.Length)], Forecast = fulfilments[random.Next(fulfilments.Length)],
                    Analysis = Text(random, 40), Consequences = Text(random, 20), Measures = Text(random, 20),
                });
        }
        await db.SaveChangesAsync();
        return new Scale(round.Id, round.Reports.Count, round.Reports.Sum(r => r.Assessments.Count));
    }

    private static readonly string[] Words =
        ["verksamheten", "har", "under", "perioden", "ökat", "tillgängligheten", "och", "kostnaderna", "ligger", "inom", "budget", "för", "patienter", "målet"];

    private static string Text(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";
}
