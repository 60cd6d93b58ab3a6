using Microsoft.Data.Sqlite;
using Npgsql;
using Styrkedja.Web.Data;

namespace Styrkedja.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway database for one test class, on the provider chosen by the environment:
/// STYRKEDJA_TEST_PROVIDER = Sqlite (default) | Postgres, and for Postgres
/// STYRKEDJA_TEST_POSTGRES = a connection string to a server where we may create databases.
/// A missing PostgreSQL server is a failure, never a skip.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    public TestDatabase()
    {
        Provider = Enum.Parse<DatabaseProvider>(
            Environment.GetEnvironmentVariable("STYRKEDJA_TEST_PROVIDER") ?? nameof(DatabaseProvider.Sqlite), true);
        if (Provider == DatabaseProvider.Sqlite)
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"styrkedja-test-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={_sqliteFile}";
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("STYRKEDJA_TEST_POSTGRES")
                ?? throw new InvalidOperationException(
                    "STYRKEDJA_TEST_PROVIDER=Postgres needs STYRKEDJA_TEST_POSTGRES (a server connection string).");
            _postgresName = $"styrkedja_test_{Guid.NewGuid():N}";
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresName }.ToString();
            ServerConnectionString = server;
        }
    }

    private string? ServerConnectionString { get; }

    /// <summary>
    /// A new database with the same content as <paramref name="template"/>: a copy of the SQLite file, or a
    /// PostgreSQL database created from it as template (which must have no open connections).
    /// </summary>
    public static TestDatabase CopyOf(TestDatabase template)
    {
        var copy = new TestDatabase();
        if (copy._sqliteFile is not null)
        {
            File.Copy(template._sqliteFile!, copy._sqliteFile);
            return copy;
        }
        using var connection = new NpgsqlConnection(copy.ServerConnectionString);
        connection.Open();
        // Whatever pool still holds a session on the template would make CREATE DATABASE refuse it.
        using (var terminate = new NpgsqlCommand(
                   "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection))
        {
            terminate.Parameters.AddWithValue("name", template._postgresName!);
            terminate.ExecuteNonQuery();
        }
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{copy._postgresName}\" TEMPLATE \"{template._postgresName}\"", connection);
        create.ExecuteNonQuery();
        return copy;
    }

    public void Dispose()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(_sqliteFile + suffix);
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(ServerConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
