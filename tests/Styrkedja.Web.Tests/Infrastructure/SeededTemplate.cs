using Microsoft.Data.Sqlite;
using Npgsql;

namespace Styrkedja.Web.Tests.Infrastructure;

/// <summary>
/// The demo database of a test run: migrated and seeded once by starting the real app on an empty
/// database, then copied for every test class. The copy is the same as seeding afresh (same code, same
/// day) without paying for it eighty times.
/// </summary>
public static class SeededTemplate
{
    private static readonly Lazy<TestDatabase> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock Copying = new();

    public static TestDatabase NewCopy()
    {
        var template = Template.Value;
        // One copy at a time: PostgreSQL refuses a template that another CREATE DATABASE is reading.
        lock (Copying)
            return TestDatabase.CopyOf(template);
    }

    private static TestDatabase Create()
    {
        var template = new TestDatabase();
        using (var app = new SeedingApp(template))
            _ = app.Services; // starting the host runs the migrations and the demo seeding
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        return template;
    }

    private sealed class SeedingApp(TestDatabase database) : StyrkedjaFactory(database, ownsDatabase: false);
}
