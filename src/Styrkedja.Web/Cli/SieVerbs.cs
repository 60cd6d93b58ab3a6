using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Sie;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Economy.Ledger;

namespace Styrkedja.Web.Cli;

/// <summary>
/// <c>sie validate FILE</c> (a JSON summary of the file, or the line and reason of its first fault) and
/// <c>sie import --organisation ID|NAMN FILE</c> (the same import as the web page, audited as "system").
/// </summary>
internal static class SieVerbs
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(StyrkedjaDbContext db, string[] args, TextWriter output)
    {
        if (args.Length < 2)
            throw new CommandLineException("Ange sie validate FIL eller sie import --organisation ID FIL.");
        var path = args[^1];
        if (!File.Exists(path))
            throw new CommandLineException($"Filen {path} finns inte.");
        try
        {
            return args[0] switch
            {
                "validate" when args.Length == 2 => await ValidateAsync(path, output),
                "import" => await ImportAsync(db, CommandLine.Options.Parse(args[1..^1]), path, output),
                _ => throw new CommandLineException($"Okänt sie-kommando '{string.Join(' ', args[..^1])}'."),
            };
        }
        catch (SieFormatException e)
        {
            output.WriteLine($"Fel i {Path.GetFileName(path)}: {e.Message}");
            return 1;
        }
        catch (LedgerImportRefusedException e)
        {
            output.WriteLine($"Fel: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> ValidateAsync(string path, TextWriter output)
    {
        await using var file = File.OpenRead(path);
        var document = await SieDocument.ReadAsync(file);
        output.WriteLine(JsonSerializer.Serialize(new
        {
            file = Path.GetFileName(path),
            fileType = document.FileType,
            program = document.ProgramName,
            programVersion = document.ProgramVersion,
            company = document.CompanyName,
            years = document.FinancialYears.Select(y => new { index = y.YearIndex, start = y.Start, end = y.End }),
            vouchers = document.VoucherCount,
            transactions = document.TransactionCount,
            transactionSums = Sorted(document.TransactionSums),
            periodBalances = document.Balances.Where(b => b.Kind == SieBalanceKind.Period && b.Objects.Count == 0)
                .GroupBy(b => b.Period!.Value.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Sorted(g.GroupBy(b => b.Account).ToDictionary(a => a.Key, a => a.Sum(b => b.Amount)))),
            results = Sorted(document.AccountBalances(SieBalanceKind.Result)),
            closingBalances = Sorted(document.AccountBalances(SieBalanceKind.Closing)),
        }, Json));
        return 0;
    }

    private static SortedDictionary<string, decimal> Sorted(IReadOnlyDictionary<string, decimal> sums) =>
        new(sums.ToDictionary(s => s.Key, s => s.Value), StringComparer.Ordinal);

    private static async Task<int> ImportAsync(StyrkedjaDbContext db, CommandLine.Options options, string path, TextWriter output)
    {
        var key = options.Required("organisation");
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Name == key || o.Id.ToString() == key)
            ?? throw new CommandLineException($"Organisationen '{key}' finns inte.");
        db.OrganisationId = organisation.Id;
        await using var file = File.OpenRead(path);
        var (import, reading) = await new LedgerImporter(db).ImportAsync(file, path);
        output.WriteLine($"{import.FileName} är importerad i '{organisation.Name}': {reading.TransactionCount} transaktionsrader, "
            + $"{import.AmountRowCount} rader utfall och budget för {LedgerFormat.Period(import)}.");
        return 0;
    }
}
