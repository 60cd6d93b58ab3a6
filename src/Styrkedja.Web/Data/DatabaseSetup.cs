using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Styrkedja.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Chooses the provider from configuration (Database:Provider, ConnectionStrings:Styrkedja).</summary>
public static class DatabaseSetup
{
    public const string DefaultSqliteConnection = "Data Source=data/styrkedja.db";

    public static IServiceCollection AddStyrkedjaDatabase(this IServiceCollection services, IConfiguration config,
        string contentRoot)
    {
        var provider = config.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connection = config.GetConnectionString("Styrkedja");
        if (provider == DatabaseProvider.Sqlite)
        {
            var sqlite = SqliteConnectionUnderRoot(connection ?? DefaultSqliteConnection, contentRoot);
            services.AddDbContext<StyrkedjaDbContext, SqliteStyrkedjaDbContext>(o => o.UseSqlite(sqlite));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new InvalidOperationException(
                    "Database:Provider är Postgres men ConnectionStrings:Styrkedja saknas.");
            services.AddDbContext<StyrkedjaDbContext, PostgresStyrkedjaDbContext>(o => o.UseNpgsql(connection));
        }
        return services;
    }

    /// <summary>
    /// A relative SQLite file is placed under the content root, and its folder is created, so that
    /// the embedded default works on a fresh clone.
    /// </summary>
    private static string SqliteConnectionUnderRoot(string connection, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connection);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}
