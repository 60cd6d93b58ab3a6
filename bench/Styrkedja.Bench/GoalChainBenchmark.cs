using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Goals;

namespace Styrkedja.Bench;

/// <summary>
/// The goal chain at region scale. Baseline: a raw read of the same year's goal rows, measured in the
/// same run, so the ratios compare across machines.
/// </summary>
public static class GoalChainBenchmark
{
    public static async Task RunAsync(int years)
    {
        await using var app = new BenchApp();
        var generation = Stopwatch.StartNew();
        int goalsPerYear, units, yearId;
        using (var scope = app.Services.CreateScope())
        {
            var generator = new RegionGenerator(scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>(),
                scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
            (goalsPerYear, units) = await generator.GenerateAsync(years);
            yearId = await generator.YearIdAsync(2020 + years - 1);
        }
        Console.WriteLine($"Generated {years} years × {goalsPerYear} goals, {units} units in {generation.Elapsed.TotalSeconds:F1} s");

        await Login.AsAsync(app.Client, RegionGenerator.UserEmail, RegionGenerator.Password);
        var lastYear = 2020 + years - 1;
        int busiestGoal, organisationId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>();
            organisationId = await db.Organisations.Where(o => o.Name == RegionGenerator.OrganisationName).Select(o => o.Id).SingleAsync();
            db.OrganisationId = organisationId;
            busiestGoal = await db.GoalLinks.Where(l => l.ParentGoal!.PlanningYearId == yearId)
                .GroupBy(l => l.ParentGoalId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        }

        BenchApp.PrintTable(
        [
            ("baseline: raw read of one year's goal rows", await Measure.MedianAsync(() => app.WithDb(organisationId, db => RawRead(db, yearId)))),
            ("goals with level, owner and perspective joined (EF Include)", await Measure.MedianAsync(() => app.WithDb(organisationId, db =>
                db.Goals.AsNoTracking().Where(g => g.PlanningYearId == yearId).Include(g => g.Level).Include(g => g.OwnerUnit).Include(g => g.Perspective).ToListAsync()))),
            ("goals only", await Measure.MedianAsync(() => app.WithDb(organisationId, db => db.Goals.AsNoTracking().Where(g => g.PlanningYearId == yearId).ToListAsync()))),
            ("GoalChain.LoadAsync (goals, levels, owners, links)", await Measure.MedianAsync(() => app.WithDb(organisationId, db => GoalChain.LoadAsync(db, yearId)))),
            ("GET /Goals?year (whole tree rendered)", await Measure.MedianAsync(() => app.Get($"/Goals?year={lastYear}"))),
            ("GET /Goals/Details (busiest RF goal)", await Measure.MedianAsync(() => app.Get($"/Goals/Details/{busiestGoal}"))),
        ]);
    }

    private static Task RawRead(StyrkedjaDbContext db, int yearId) =>
        BenchApp.RawReadAsync(db, "SELECT Id, Title, LevelId, OwnerUnitId FROM Goals WHERE PlanningYearId = $id", yearId);
}
