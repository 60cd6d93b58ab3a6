using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Economy.Ledger;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Cli;

/// <summary>sie validate and sie import, called as `dotnet run -- sie …` would.</summary>
public class SieVerbTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await Web.Cli.CommandLine.RunAsync(app.Services, args, output);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Validate_prints_the_files_summary_as_json()
    {
        var (code, output) = await RunAsync("sie", "validate", LedgerSamples.PathOf("transaktioner_ovnbolag.se"));

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(4, json.GetProperty("fileType").GetInt32());
        Assert.Equal(2, json.GetProperty("years").GetArrayLength());
        Assert.True(json.GetProperty("vouchers").GetInt32() > 100);
        Assert.True(json.GetProperty("transactions").GetInt32() > json.GetProperty("vouchers").GetInt32());
        Assert.Equal(-386180.00m, json.GetProperty("results").GetProperty("3041").GetDecimal());
        Assert.Equal(-134536.50m, json.GetProperty("periodBalances").GetProperty("201101").GetProperty("1460").GetDecimal());
        Assert.True(json.GetProperty("closingBalances").EnumerateObject().Any());
        Assert.True(json.GetProperty("transactionSums").EnumerateObject().Any());
    }

    [Fact]
    public async Task Validate_of_a_bad_file_names_the_line_and_exits_non_zero()
    {
        var (code, output) = await RunAsync("sie", "validate", LedgerSamples.PathOf("transaktioner_ovnbolag-bad-balance.se"));

        Assert.Equal(1, code);
        Assert.Contains("Rad 3905: verifikationen B 1 balanserar inte", output);
    }

    [Fact]
    public async Task Import_with_unmapped_items_names_them_and_writes_nothing_then_imports_once_mapped()
    {
        var file = LedgerSamples.PathOf("Sie4.si");
        var organisation = await app.WithDbAsync(DemoUsers.Blekinge, db => db.Organisations.SingleAsync(o => o.Name == DemoUsers.Blekinge));
        var imports = await app.WithDbAsync(DemoUsers.Blekinge, db => db.LedgerImports.CountAsync());

        var (refusedCode, refused) = await RunAsync("sie", "import", "--organisation", organisation.Id.ToString(), file);

        Assert.Equal(1, refusedCode);
        Assert.Contains("Objekt utan enhet", refused);
        Assert.Equal(imports, await app.WithDbAsync(DemoUsers.Blekinge, db => db.LedgerImports.CountAsync()));

        var unit = await app.WithDbAsync(DemoUsers.Blekinge, db => db.OrgUnits.Where(u => u.ParentId == null).Select(u => u.Id).SingleAsync());
        await app.WithDbAsync(DemoUsers.Blekinge, async db =>
        {
            await LedgerSamples.MapEverythingAsync(db, await File.ReadAllBytesAsync(file), unit);
            return 0;
        });
        var (code, output) = await RunAsync("sie", "import", "--organisation", DemoUsers.Blekinge, file);

        Assert.Equal(0, code);
        Assert.Contains("Sie4.si är importerad", output);
        var import = await app.WithDbAsync(DemoUsers.Blekinge, db => db.LedgerImports.OrderBy(i => i.Id).LastAsync());
        Assert.Equal(("Sie4.si", "system"), (import.FileName, import.CreatedBy));
        Assert.True(await app.WithDbAsync(DemoUsers.Blekinge, db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(LedgerImport) && e.UserName == "system")));
    }

    [Theory]
    [InlineData("sie", "import", "--organisation", "Finns inte", "Sie4.si")]
    [InlineData("sie", "validate", "saknas.se")]
    [InlineData("sie", "granska", "Sie4.si")]
    public async Task Bad_arguments_give_a_Swedish_error(params string[] args)
    {
        var withPath = args[^1] == "Sie4.si" ? [.. args[..^1], LedgerSamples.PathOf("Sie4.si")] : args;

        var (code, output) = await RunAsync(withPath);

        Assert.Equal(2, code);
        Assert.StartsWith("Fel:", output);
        Assert.Contains("sie validate FIL", output);
    }
}
