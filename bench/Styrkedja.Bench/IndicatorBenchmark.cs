using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Bench;

/// <summary>
/// The value grid, a goal's status page, oversight and Mina uppgifter on ≈ 3 M values. Baseline: a static file served by the same
/// app in the same run, i.e. the cost of a request that does no work.
/// </summary>
public static class IndicatorBenchmark
{
    public static async Task RunAsync()
    {
        await using var app = new BenchApp();
        var generation = Stopwatch.StartNew();
        IndicatorGenerator.Scale scale;
        using (var scope = app.Services.CreateScope())
            scale = await new IndicatorGenerator(scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>(),
                scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>()).GenerateAsync();
        Console.WriteLine($"Generated {scale.Units} units, {scale.Indicators} indicators, {scale.Values:N0} values in {generation.Elapsed.TotalSeconds:F1} s");

        await Login.AsAsync(app.Client, IndicatorGenerator.UserEmail, IndicatorGenerator.Password);
        BenchApp.PrintTable(
        [
            ("baseline: GET /css/site.css (static file)", await Measure.MedianAsync(() => app.Get("/css/site.css"))),
            ("GET /Values (grid of the busiest unit, December)", await Measure.MedianAsync(() =>
                app.Get(ValueGridUrl(scale.BusiestUnitId, scale.LastYear, 12)))),
            ("GET /Goals/Details (goal with status from 3 indicators)", await Measure.MedianAsync(() =>
                app.Get($"/Goals/Details/{scale.MeasuredGoalId}"))),
            ("GET /Oversight (all committees, chain health)", await Measure.MedianAsync(() =>
                app.Get($"/Oversight?year={scale.LastYear}"), runs: 11)),
            ("GET /Tasks (values due over all units, whole-organisation controller)", await Measure.MedianAsync(() =>
                app.Get("/Tasks"), runs: 11)),
        ]);
    }

    private static string ValueGridUrl(int unit, int year, int month) => $"/Values?unit={unit}&year={year}&month={month}";
}
