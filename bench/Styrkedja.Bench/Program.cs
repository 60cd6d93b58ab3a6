using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Bench;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Goals;

// Benchmarks of the goal chain at region scale. Every figure is reported as a ratio against a
// baseline measured in the same run (a raw read of the same year's goal rows), so that results from
// different machines can be compared. Usage: dotnet run -c Release --project bench/Styrkedja.Bench [years]
var years = args.Length > 0 ? int.Parse(args[0]) : 10;
var file = Path.Combine(Path.GetTempPath(), $"styrkedja-bench-{Guid.NewGuid():N}.db");
// Any type of the web assembly names its entry point; this project's own Program would shadow the app's.
await using var app = new WebApplicationFactory<StyrkedjaDbContext>().WithWebHostBuilder(b =>
{
    b.UseEnvironment("Bench");
    b.UseContentRoot(RepositoryPath("src/Styrkedja.Web"));
    b.UseSetting("Database:Provider", "Sqlite");
    b.UseSetting("ConnectionStrings:Styrkedja", $"Data Source={file}");
    b.UseSetting("Demo:SeedWhenEmpty", "false");
});
var client = app.CreateClient();

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

await Login.AsAsync(client, RegionGenerator.UserEmail, RegionGenerator.Password);
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

var results = new List<(string Name, double Median)>
{
    ("baseline: raw read of one year's goal rows", await Measure.MedianAsync(() => WithDb(db => RawRead(db, yearId)))),
    ("goals+includes", await Measure.MedianAsync(() => WithDb(db => db.Goals.AsNoTracking().Where(g => g.PlanningYearId == yearId).Include(g => g.Level).Include(g => g.OwnerUnit).Include(g => g.Perspective).ToListAsync()))),
    ("goals only", await Measure.MedianAsync(() => WithDb(db => db.Goals.AsNoTracking().Where(g => g.PlanningYearId == yearId).ToListAsync()))),
    ("links", await Measure.MedianAsync(() => WithDb(db => db.GoalLinks.AsNoTracking().Where(l => l.Goal!.PlanningYearId == yearId).ToListAsync()))),
    ("empty scope", await Measure.MedianAsync(() => WithDb(db => Task.CompletedTask))),
    ("GoalChain.LoadAsync (goals, levels, owners, links)", await Measure.MedianAsync(() => WithDb(db => GoalChain.LoadAsync(db, yearId)))),
    ("GET /Goals?year (whole tree rendered)", await Measure.MedianAsync(() => Get($"/Goals?year={lastYear}"))),
    ("GET /Goals/Details (busiest RF goal)", await Measure.MedianAsync(() => Get($"/Goals/Details/{busiestGoal}"))),
};
var baseline = results[0].Median;
Console.WriteLine();
Console.WriteLine("| Measurement | Median (ms) | Ratio to baseline |");
Console.WriteLine("|---|---:|---:|");
foreach (var (name, median) in results)
    Console.WriteLine($"| {name} | {median:F2} | {median / baseline:F1} |");
File.Delete(file);
return;

async Task WithDb(Func<StyrkedjaDbContext, Task> action)
{
    using var scope = app.Services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>();
    db.OrganisationId = organisationId;
    await action(db);
}

async Task Get(string url)
{
    var response = await client.GetAsync(url);
    response.EnsureSuccessStatusCode();
    await response.Content.ReadAsStringAsync();
}

static async Task RawRead(StyrkedjaDbContext db, int yearId)
{
    var connection = db.Database.GetDbConnection();
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT Id, Title, LevelId, OwnerUnitId FROM Goals WHERE PlanningYearId = $year";
    var parameter = command.CreateParameter();
    parameter.ParameterName = "$year";
    parameter.Value = yearId;
    command.Parameters.Add(parameter);
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
        _ = reader.GetString(1);
}

static string RepositoryPath(string relative)
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Styrkedja.slnx")))
        folder = folder.Parent;
    return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Styrkedja.slnx not found"), relative);
}
