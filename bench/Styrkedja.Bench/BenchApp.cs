using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Data;

namespace Styrkedja.Bench;

/// <summary>
/// The real app (in-process server) on a fresh SQLite file in the temp folder, with helpers to time a
/// page or a query. Deleted when disposed.
/// </summary>
public sealed class BenchApp : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"styrkedja-bench-{Guid.NewGuid():N}.db");
    private readonly WebApplicationFactory<StyrkedjaDbContext> _factory;

    public BenchApp()
    {
        // Any type of the web assembly names its entry point; this project's own Program would shadow the app's.
        _factory = new WebApplicationFactory<StyrkedjaDbContext>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Bench");
            b.UseContentRoot(RepositoryPath("src/Styrkedja.Web"));
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:Styrkedja", $"Data Source={_file}");
            b.UseSetting("Demo:SeedWhenEmpty", "false");
        });
        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>Runs a query in a fresh scope, as a request would, as the given organisation.</summary>
    public async Task WithDb(int organisationId, Func<StyrkedjaDbContext, Task> action)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>();
        db.OrganisationId = organisationId;
        await action(db);
    }

    /// <summary>A baseline: the rows of a plain SQL query with one integer parameter "$id", read through ADO.NET without EF.</summary>
    public static async Task RawReadAsync(StyrkedjaDbContext db, string sql, int id)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            _ = reader.GetValue(1);
    }

    public async Task Get(string url)
    {
        var response = await Client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsStringAsync();
    }

    public static void PrintTable(IReadOnlyList<(string Name, double Median)> results)
    {
        var baseline = results[0].Median;
        Console.WriteLine();
        Console.WriteLine("| Measurement | Median (ms) | Ratio to baseline |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, median) in results)
            Console.WriteLine($"| {name} | {median:F2} | {median / baseline:F1} |");
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private static string RepositoryPath(string relative)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Styrkedja.slnx")))
            folder = folder.Parent;
        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Styrkedja.slnx not found"), relative);
    }
}
