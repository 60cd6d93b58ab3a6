using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports.Consolidated;

namespace Styrkedja.Bench;

/// <summary>
/// The consolidated report of one round at region scale: the reader, its Word file, and the page and
/// export over HTTP. Baseline: a raw read of the round's assessment rows, measured in the same run.
/// </summary>
public static class ReportBenchmark
{
    public static async Task RunAsync()
    {
        await using var app = new BenchApp();
        var generation = Stopwatch.StartNew();
        const int year = 2021;
        ReportGenerator.Scale scale;
        int organisationId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>();
            await new RegionGenerator(db, scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>()).GenerateAsync(2);
            scale = await new ReportGenerator(db).GenerateAsync(year);
            organisationId = db.OrganisationId!.Value;
        }
        Console.WriteLine($"Generated a round of {scale.Reports} reports with {scale.Assessments} assessments in {generation.Elapsed.TotalSeconds:F1} s");

        await Login.AsAsync(app.Client, RegionGenerator.UserEmail, RegionGenerator.Password);
        BenchApp.PrintTable(
        [
            ("baseline: raw read of the round's assessment rows", await Measure.MedianAsync(() => app.WithDb(organisationId, db => RawRead(db, scale.RoundId)))),
            ("ConsolidationReader.ReadAsync (the consolidated figures)", await Measure.MedianAsync(() => app.WithDb(organisationId, ReadAsync(scale.RoundId)))),
            ("ConsolidationReader + ConsolidatedDocument.Build (Word file with chart)", await Measure.MedianAsync(() => app.WithDb(organisationId, async db =>
                ConsolidatedDocument.Build(await ReadAsync(scale.RoundId)(db), new DateOnly(year, 9, 15))))),
            ("GET /Reports/Consolidated/{id} (page)", await Measure.MedianAsync(() => app.Get($"/Reports/Consolidated/{scale.RoundId}"))),
            ("GET /Reports/Consolidated/Export/{id}?format=docx", await Measure.MedianAsync(() => app.Get($"/Reports/Consolidated/Export/{scale.RoundId}?format=docx"))),
        ]);
    }

    private static Func<StyrkedjaDbContext, Task<Consolidation>> ReadAsync(int roundId) => async db =>
        await ConsolidationReader.ReadAsync(db, (await ConsolidatedAccess.RoundAsync(db, roundId))!);

    private static Task RawRead(StyrkedjaDbContext db, int roundId) => BenchApp.RawReadAsync(db, """
        SELECT a.ReportId, a.GoalId, a.AtPeriodEnd, a.Forecast FROM ReportGoalAssessments a
        JOIN Reports r ON r.Id = a.ReportId WHERE r.ReportRoundId = $id
        """, roundId);
}
