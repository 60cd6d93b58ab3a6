using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Styrkedja.Sie;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Ledger;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Bench;

/// <summary>
/// The SIE import at scale: a generated SIE 4 file with millions of #TRANS rows (vouchers of four result
/// rows on 50 cost centres and a bank row). Measures the reader alone (rows/s, and its peak managed heap at
/// 1 M and 5 M rows, which should not grow with the file), and the whole import into SQLite and PostgreSQL
/// beside the baseline: a bare bulk insert of the same rows, one LedgerAmounts row per #TRANS (prepared
/// INSERTs in one transaction on SQLite, binary COPY on PostgreSQL), measured in the same run.
/// Each figure is one run: the operations take seconds to minutes, so the noise of one run is small.
/// </summary>
public static class SieBenchmark
{
    private const int Objects = 50;
    private const int RowsPerVoucher = 5;
    private const int Year = 2025;
    private static readonly int[] ResultAccounts = [3010, 4010, 5010, 6110, 7010, 7810, 8410];

    /// <summary>The file's rows in order: (voucher, account, object or -1 for none, month, amount in öre).</summary>
    private static IEnumerable<(int Voucher, int Account, int Object, int Month, long Ore)> Rows(int rows)
    {
        for (var voucher = 0; voucher < rows / RowsPerVoucher; voucher++)
        {
            var month = voucher * 12 / (rows / RowsPerVoucher) + 1;
            long sum = 0;
            for (var i = 0; i < RowsPerVoucher - 1; i++)
            {
                var ore = (voucher * 7919L + i * 104_729L) % 10_000_000 + 100;
                sum += ore;
                yield return (voucher, ResultAccounts[(voucher + i) % ResultAccounts.Length], (voucher * 3 + i) % Objects, month, ore);
            }
            yield return (voucher, 1930, -1, month, -sum);
        }
    }

    private static string Kronor(long ore) => (ore / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public static async Task<string> WriteFileAsync(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"styrkedja-bench-{rows}.se");
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        await writer.WriteAsync($"#FLAGGA 0\n#SIETYP 4\n#PROGRAM \"Styrkedja bench\" 1\n#RAR 0 {Year}0101 {Year}1231\n#DIM 1 \"Kostnadsställe\"\n");
        for (var o = 0; o < Objects; o++)
            await writer.WriteAsync($"#OBJEKT 1 \"K{o:D2}\" \"Kostnadsställe {o}\"\n");
        var open = -1;
        foreach (var row in Rows(rows))
        {
            if (row.Voucher != open)
            {
                if (open >= 0)
                    await writer.WriteAsync("}\n");
                open = row.Voucher;
                await writer.WriteAsync($"#VER A {row.Voucher + 1} {Year}{row.Month:D2}15 \"Bench\"\n{{\n");
            }
            var objects = row.Object < 0 ? "{}" : $"{{1 \"K{row.Object:D2}\"}}";
            await writer.WriteAsync($"#TRANS {row.Account} {objects} {Kronor(row.Ore)}\n");
        }
        await writer.WriteAsync("}\n");
        return path;
    }

    public static async Task RunAsync(int millions = 5)
    {
        var total = millions * 1_000_000;
        var watch = Stopwatch.StartNew();
        var small = await WriteFileAsync(1_000_000);
        var large = await WriteFileAsync(total);
        Console.WriteLine($"Generated {new FileInfo(small).Length / 1e6:N0} MB and {new FileInfo(large).Length / 1e6:N0} MB in {watch.Elapsed.TotalSeconds:N0} s");

        await ReadOnlyAsync(small); // warm-up
        foreach (var path in new[] { small, large })
        {
            var (seconds, peak, rows) = await ReadOnlyAsync(path);
            Console.WriteLine($"reader alone, {rows:N0} rows: {seconds:N1} s, {rows / seconds:N0} rows/s, peak managed heap {peak / 1e6:N1} MB");
        }

        await CompareAsync("SQLite", large, total, SqliteAsync);
        var postgres = Environment.GetEnvironmentVariable("STYRKEDJA_BENCH_POSTGRES");
        if (string.IsNullOrEmpty(postgres))
            Console.WriteLine("PostgreSQL skipped: set STYRKEDJA_BENCH_POSTGRES to a server where the benchmark may create a database.");
        else
            await CompareAsync("PostgreSQL", large, total, () => PostgresAsync(postgres));
        File.Delete(small);
        File.Delete(large);
    }

    private static async Task<(double Seconds, long PeakBytes, int Rows)> ReadOnlyAsync(string path)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(true);
        long peak = 0;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(2);
            }
        });
        var watch = Stopwatch.StartNew();
        var rows = 0;
        await using (var file = File.OpenRead(path))
            await foreach (var record in SieReader.ReadAsync(file))
                if (record is SieVoucher voucher)
                    rows += voucher.Rows.Count;
        var seconds = watch.Elapsed.TotalSeconds;
        done.Cancel();
        await sampler;
        return (seconds, peak - before, rows);
    }

    private sealed record Database(StyrkedjaDbContext Db, Func<StyrkedjaDbContext, int, IEnumerable<(int Voucher, int Account, int Object, int Month, long Ore)>, Task> BulkInsert, Func<Task> Drop);

    private static async Task CompareAsync(string name, string file, int rows, Func<Task<Database>> open)
    {
        var database = await open();
        try
        {
            var db = database.Db;
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            var import = await SetUpAsync(db);
            var watch = Stopwatch.StartNew();
            await database.BulkInsert(db, import, Rows(rows));
            var bulk = watch.Elapsed.TotalSeconds;
            await db.LedgerAmounts.ExecuteDeleteAsync();

            watch.Restart();
            await using (var stream = File.OpenRead(file))
                await new LedgerImporter(db).ImportAsync(stream, "bench.se");
            var imported = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"{name}: bare bulk insert of {rows:N0} rows {bulk:N1} s (1.0); import {imported:N1} s ({imported / bulk:N2})");
        }
        finally
        {
            await database.Drop();
        }
    }

    /// <summary>An organisation with 50 units mapped to the objects, the BAS chart, and an import row for the bulk rows to point at (its id is returned).</summary>
    private static async Task<int> SetUpAsync(StyrkedjaDbContext db)
    {
        await db.Database.MigrateAsync();
        var organisation = new Organisation { Name = "Bench" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        db.OrganisationId = organisation.Id;
        var units = Enumerable.Range(0, Objects).Select(o => new OrgUnit { OrganisationId = organisation.Id, Name = $"Enhet {o}" }).ToList();
        db.OrgUnits.AddRange(units);
        await LedgerChart.Bas.ApplyAsync(db, organisation.Id);
        await db.SaveChangesAsync();
        db.LedgerObjectMappings.AddRange(units.Select((u, o) => new LedgerObjectMapping
        {
            OrganisationId = organisation.Id, Dimension = 1, ObjectCode = $"K{o:D2}", OrgUnitId = u.Id,
        }));
        var import = new LedgerImport { OrganisationId = organisation.Id, FileName = "bulk" };
        db.LedgerImports.Add(import);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return import.Id;
    }

    private static Task<Database> SqliteAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"styrkedja-bench-sie-{Guid.NewGuid():N}.db");
        var db = new SqliteStyrkedjaDbContext(new DbContextOptionsBuilder<SqliteStyrkedjaDbContext>().UseSqlite($"Data Source={file}").Options,
            new CurrentUser(new HttpContextAccessor()));
        return Task.FromResult(new Database(db, async (context, import, rows) =>
        {
            var connection = context.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO LedgerAmounts (OrganisationId, LedgerImportId, OrgUnitId, BudgetLineId, Kind, Year, Month, Amount) " +
                "VALUES ($o, $i, $u, $l, 0, $y, $m, $a)";
            var parameters = new[] { "$o", "$i", "$u", "$l", "$y", "$m", "$a" }.Select(n =>
            {
                var p = command.CreateParameter();
                p.ParameterName = n;
                command.Parameters.Add(p);
                return p;
            }).ToArray();
            await command.PrepareAsync();
            var (units, lines) = await KeysAsync(context);
            parameters[0].Value = context.OrganisationId;
            parameters[1].Value = import;
            parameters[4].Value = Year;
            foreach (var row in rows)
            {
                parameters[2].Value = units[Math.Max(row.Object, 0)];
                parameters[3].Value = lines[row.Account % lines.Length];
                parameters[5].Value = row.Month;
                parameters[6].Value = row.Ore / 100m;
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }, async () =>
        {
            await db.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }));
    }

    private static async Task<Database> PostgresAsync(string server)
    {
        var name = $"styrkedja_bench_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        // No command timeout: COPY's completion waits for the server to check and index millions of rows.
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 0 }.ConnectionString;
        var db = new PostgresStyrkedjaDbContext(new DbContextOptionsBuilder<PostgresStyrkedjaDbContext>().UseNpgsql(connection).Options,
            new CurrentUser(new HttpContextAccessor()));
        return new Database(db, async (context, import, rows) =>
        {
            var (units, lines) = await KeysAsync(context);
            var npgsql = (NpgsqlConnection)context.Database.GetDbConnection();
            await npgsql.OpenAsync();
            await using var copy = await npgsql.BeginBinaryImportAsync(
                "COPY \"LedgerAmounts\" (\"OrganisationId\", \"LedgerImportId\", \"OrgUnitId\", \"BudgetLineId\", \"Kind\", \"Year\", \"Month\", \"Amount\") FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(context.OrganisationId!.Value, NpgsqlDbType.Integer);
                await copy.WriteAsync(import, NpgsqlDbType.Integer);
                await copy.WriteAsync(units[Math.Max(row.Object, 0)], NpgsqlDbType.Integer);
                await copy.WriteAsync(lines[row.Account % lines.Length], NpgsqlDbType.Integer);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(Year, NpgsqlDbType.Integer);
                await copy.WriteAsync(row.Month, NpgsqlDbType.Integer);
                await copy.WriteAsync(row.Ore / 100m, NpgsqlDbType.Numeric);
            }
            await copy.CompleteAsync();
        }, async () =>
        {
            await db.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    private static async Task<(int[] Units, int[] Lines)> KeysAsync(StyrkedjaDbContext db) =>
        (await db.OrgUnits.OrderBy(u => u.Id).Select(u => u.Id).ToArrayAsync(),
         await db.BudgetLines.OrderBy(l => l.Id).Select(l => l.Id).ToArrayAsync());
}
