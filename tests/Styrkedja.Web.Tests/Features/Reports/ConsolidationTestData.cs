using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>
/// Rounds for the consolidation tests, each of a report type of its own so that the demo's rounds and
/// other tests' never share it: every report gets random goals (at random levels), random assessments,
/// random economy figures, a summary, and a random state.
/// </summary>
public static class ConsolidationTestData
{
    public const string Password = "Demo-Styrkedja1";

    /// <summary>The arranged round: its id and title, and each report's state, for the tests to compare with.</summary>
    public sealed record ArrangedRound(int Id, string Title, string TypeName);

    public static Task<ArrangedRound> ArrangeRoundAsync(this StyrkedjaFactory app, int seed,
        ReportWriters writers = ReportWriters.CommitteesAndAdministrations, string summaryPrefix = "Sammanfattning av",
        string organisation = DemoUsers.Halland) =>
        app.WithDbAsync(organisation, async db =>
        {
            var random = new Random(seed);
            var organisationId = db.OrganisationId!.Value;
            var type = new ReportType
            {
                OrganisationId = organisationId, Name = $"Testrapport {Guid.NewGuid():N}", ConsolidatedName = "Testsammanställning",
                Months = "6", Writers = writers, SortOrder = 99,
            };
            db.ReportTypes.Add(type);
            await db.SaveChangesAsync();
            var year = await db.PlanningYears.OrderByDescending(y => y.Year).FirstAsync();
            var levels = await db.GoalLevels.ToListAsync();
            var round = await ReportRules.OpenRoundAsync(db, type, year, 6, new DateOnly(year.Year, 7, 15));
            var states = Enum.GetValues<ReportState>();
            var fulfilments = Enum.GetValues<Fulfilment>();
            foreach (var report in round.Reports)
            {
                report.State = states[random.Next(states.Length)];
                report.BudgetYear = Figure(random);
                report.BudgetToDate = Figure(random);
                report.OutcomeToDate = Figure(random);
                report.ForecastYear = Figure(random);
                foreach (var section in report.Sections.Where(s => s.Heading == ReportRules.SummaryHeading))
                    section.Body = $"{summaryPrefix} {report.OrgUnit!.Name}";
                if (writers == ReportWriters.None)
                    continue;
                for (var g = random.Next(0, 5); g > 0; g--)
                {
                    var goal = new Goal
                    {
                        OrganisationId = organisationId, PlanningYearId = year.Id, LevelId = levels[random.Next(levels.Count)].Id,
                        OwnerUnitId = report.OrgUnitId, Title = $"Testmål {Guid.NewGuid():N}",
                    };
                    db.Goals.Add(goal);
                    report.Assessments.Add(new ReportGoalAssessment
                    {
                        OrganisationId = organisationId, Goal = goal,
                        AtPeriodEnd = fulfilments[random.Next(fulfilments.Length)], Forecast = fulfilments[random.Next(fulfilments.Length)],
                        Analysis = $"Orsak {g}", Consequences = $"Konsekvens {g}", Measures = $"Åtgärd {g}",
                    });
                }
            }
            await db.SaveChangesAsync();
            return new ArrangedRound(round.Id, $"Testsammanställning {year.Year}", type.Name);
        });

    /// <summary>Whole tkr, sometimes negative, sometimes not given at all.</summary>
    private static decimal? Figure(Random random) => random.Next(10) == 0 ? null : random.Next(-2_000, 500_000);

    /// <summary>A user of the organisation with no role at all: logged in, but may read nothing.</summary>
    public static async Task<AppClient> LoginWithoutRolesAsync(this StyrkedjaFactory app)
    {
        var email = $"utan.roll.{Guid.NewGuid():N}@halland.demo";
        await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            using var scope = app.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var result = await users.CreateAsync(new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Utan roll", OrganisationId = db.OrganisationId!.Value,
            }, Password);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
            return 0;
        });
        var client = app.CreateAppClient();
        await client.LoginAsync(email, Password);
        return client;
    }
}
