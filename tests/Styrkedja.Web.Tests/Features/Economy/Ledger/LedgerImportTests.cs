using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Sie;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Ledger;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Economy.Ledger;

/// <summary>The import service on the real sample files, and /Economy/Ledger over HTTP.</summary>
public class LedgerImportTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";

    private Task<T> InHalland<T>(Func<StyrkedjaDbContext, Task<T>> action) => app.WithDbAsync(DemoUsers.Halland, action);

    private async Task MapAsync(byte[] file)
    {
        var unit = await app.UnitIdAsync(DemoUsers.Halland, Hsn);
        await InHalland(async db => { await LedgerSamples.MapEverythingAsync(db, file, unit); return 0; });
    }

    private Task<(LedgerImport Import, LedgerReading Reading)> ImportAsync(byte[] file, string name = "fil.se") =>
        InHalland(db => new LedgerImporter(db).ImportAsync(new MemoryStream(file), name));

    /// <summary>Every stored amount row of the organisation, without ids, in a fixed order.</summary>
    private Task<List<(int, int, LedgerAmountKind, int, int, decimal)>> RowsAsync() =>
        InHalland(async db => (await db.LedgerAmounts.AsNoTracking().ToListAsync())
            .Select(a => (a.OrgUnitId, a.BudgetLineId, a.Kind, a.Year, a.Month, a.Amount)).Order().ToList());

    private Task<int> ImportCountAsync() => InHalland(db => db.LedgerImports.CountAsync());

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_sample_file_imports_once_its_objects_and_accounts_are_mapped(string sample)
    {
        var file = LedgerSamples.Bytes(sample);
        await MapAsync(file);

        var (import, reading) = await ImportAsync(file, sample);

        Assert.True(reading.IsFullyMapped);
        Assert.Equal(sample, import.FileName);
        var written = await InHalland(db => db.LedgerAmounts.Where(a => a.LedgerImportId == import.Id).ToListAsync());
        Assert.NotEmpty(written);
        Assert.Equal(import.AmountRowCount, written.Count);
        Assert.Equal(reading.Amounts.Where(a => a.Amount != 0).Sum(a => a.Amount), written.Sum(a => a.Amount));
    }

    public static TheoryData<string> Samples => new(LedgerSamples.Importable);

    [Fact]
    public async Task The_outcome_written_per_budget_line_equals_the_files_own_results_per_account()
    {
        var file = LedgerSamples.Bytes("transaktioner_ovnbolag.se");
        await MapAsync(file);
        await ImportAsync(file);

        var document = await SieDocument.ReadAsync(new MemoryStream(file));
        var results = document.AccountBalances(SieBalanceKind.Result);
        var ranges = await InHalland(db => db.AccountMappings.AsNoTracking().ToListAsync());
        var written = await InHalland(db => db.LedgerAmounts.Where(a => a.Kind == LedgerAmountKind.Outcome && a.Year == 2011)
            .GroupBy(a => a.BudgetLineId).Select(g => new { g.Key, Sum = g.Sum(a => a.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Sum));
        Assert.NotEmpty(written);
        foreach (var line in ranges.GroupBy(r => r.BudgetLineId))
        {
            var expected = results.Where(r => line.Any(m => m.FromAccount <= int.Parse(r.Key) && int.Parse(r.Key) <= m.ToAccount)).Sum(r => r.Value);
            Assert.Equal(expected, written.GetValueOrDefault(line.Key));
        }
    }

    [Fact]
    public async Task Period_balances_per_object_are_written_per_unit_and_equal_the_files_totals()
    {
        var file = LedgerSamples.Bytes("objektsaldo_ovnbolag.se");
        var north = await app.UnitIdAsync(DemoUsers.Halland, "Psykiatrinämnden");
        await MapAsync(file);
        await InHalland(async db =>
        {
            var mapping = await db.LedgerObjectMappings.SingleAsync(m => m.ObjectCode == "Nord");
            mapping.OrgUnitId = north;
            return await db.SaveChangesAsync();
        });

        var (import, reading) = await ImportAsync(file);

        Assert.False(reading.OutcomeFromVouchers);
        var document = await SieDocument.ReadAsync(new MemoryStream(file));
        var expectedNorth = document.Balances.Where(b => b.Kind == SieBalanceKind.Period && b.YearIndex == 0
            && b.Objects is [{ Dimension: 1, Code: "Nord" }] && b.Account[0] is not ('1' or '2')).Sum(b => b.Amount);
        var writtenNorth = await InHalland(db => db.LedgerAmounts.Where(a => a.LedgerImportId == import.Id && a.OrgUnitId == north).SumAsync(a => a.Amount));
        Assert.NotEqual(0, expectedNorth);
        Assert.Equal(expectedNorth, writtenNorth);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_leaves_the_same_rows()
    {
        var file = LedgerSamples.Bytes("BL0001_typ4.SE");
        await MapAsync(file);
        await ImportAsync(file);
        var first = await RowsAsync();

        await ImportAsync(file);

        Assert.Equal(first, await RowsAsync());
        Assert.Contains(first, r => r.Item3 == LedgerAmountKind.Budget);
    }

    [Fact]
    public async Task The_unbalanced_sample_is_rejected_naming_its_voucher_and_nothing_is_written()
    {
        await MapAsync(LedgerSamples.Bytes("transaktioner_ovnbolag.se"));
        var (rows, imports) = (await RowsAsync(), await ImportCountAsync());

        var error = await Assert.ThrowsAsync<SieFormatException>(() => ImportAsync(LedgerSamples.Bytes("transaktioner_ovnbolag-bad-balance.se")));

        Assert.Equal("Rad 3905: verifikationen B 1 balanserar inte (summa -12771,00)", error.Message);
        Assert.Equal(rows, await RowsAsync());
        Assert.Equal(imports, await ImportCountAsync());
    }

    [Fact]
    public async Task A_broken_checksum_is_rejected()
    {
        var bytes = LedgerSamples.Bytes("Norstedts_Bokslut_SIE_4I.si");
        await MapAsync(bytes);
        var text = LedgerSamples.Cp437.GetString(bytes);
        var changed = LedgerSamples.Cp437.GetBytes(text.Replace("#KONTO\t1070\tGoodwill", "#KONTO\t1070\tGoodwilk"));
        var imports = await ImportCountAsync();

        var error = await Assert.ThrowsAsync<SieFormatException>(() => ImportAsync(changed));

        Assert.Contains("kontrollsumman stämmer inte", error.Message);
        Assert.Equal(imports, await ImportCountAsync());
    }

    /// <summary>The sample with one more voucher at its very end, which does not balance.</summary>
    private static byte[] WithBrokenLastVoucher(out int line)
    {
        var bytes = LedgerSamples.Bytes("transaktioner_ovnbolag.se");
        var text = LedgerSamples.Cp437.GetString(bytes).TrimEnd('\r', '\n', ' ') + "\r\n";
        line = text.Split('\n').Length;
        return LedgerSamples.Cp437.GetBytes(text + "#VER B 999 20111231 \"Trasig\"\r\n{\r\n#TRANS 3041 {} -100.00\r\n#TRANS 1930 {} 90.00\r\n}\r\n");
    }

    private static async Task<HttpResponseMessage> UploadAsync(AppClient client, byte[] file, string handler, string name = "huvudbok.se")
    {
        var token = await client.AntiforgeryTokenAsync("/Economy/Ledger");
        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(Guid.NewGuid().ToString()), "progressId" },
            { upload, "upload", name },
        };
        return await client.Http.PostAsync($"/Economy/Ledger?handler={handler}", content);
    }

    [Fact]
    public async Task A_bad_last_voucher_shows_its_line_on_the_page_and_writes_nothing()
    {
        await MapAsync(LedgerSamples.Bytes("transaktioner_ovnbolag.se"));
        var (rows, imports) = (await RowsAsync(), await ImportCountAsync());
        var file = WithBrokenLastVoucher(out var line);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var response = await UploadAsync(controller, file, "Import");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal($"huvudbok.se kunde inte läsas och ingenting skrevs. Rad {line}: verifikationen B 999 balanserar inte (summa -10,00)",
            page.QuerySelector("#upload-error")?.TextContent.Trim());
        Assert.Equal(rows, await RowsAsync());
        Assert.Equal(imports, await ImportCountAsync());
    }

    [Fact]
    public async Task A_dry_run_lists_unmapped_objects_and_accounts_with_their_names_and_writes_nothing()
    {
        var file = LedgerSamples.Bytes("transaktioner_ovnbolag.se");
        await MapAsync(file);
        await InHalland(async db =>
        {
            db.LedgerObjectMappings.Remove(await db.LedgerObjectMappings.SingleAsync(m => m.ObjectCode == "Nord"));
            db.AccountMappings.Remove(await db.AccountMappings.SingleAsync(m => m.FromAccount == 3000));
            return await db.SaveChangesAsync();
        });
        var imports = await ImportCountAsync();
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var page = await AppClient.ParseAsync(await UploadAsync(admin, file, "DryRun"));

        Assert.Contains(page.QuerySelectorAll(".unmapped-objects tbody tr"), r => r.TextContent.Contains("Nord") && r.TextContent.Contains("Kontor Nord"));
        var accounts = page.QuerySelectorAll(".unmapped-accounts tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Contains("3041", accounts);
        Assert.All(accounts, a => Assert.StartsWith("3", a));
        Assert.NotNull(page.QuerySelector(".ledger-totals"));
        Assert.Equal(imports, await ImportCountAsync());

        var refused = await AppClient.ParseAsync(await UploadAsync(admin, file, "Import"));
        Assert.Contains("Objekt utan enhet: Nord (Kontor Nord)", refused.QuerySelector("#upload-error")?.TextContent);
        Assert.Equal(imports, await ImportCountAsync());
    }

    [Fact]
    public async Task A_controller_of_the_whole_organisation_imports_and_the_import_is_listed_and_audited()
    {
        var file = LedgerSamples.Bytes("Sie4.si");
        await MapAsync(file);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var response = await UploadAsync(controller, file, "Import", "sie4.si");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await controller.GetDocumentAsync("/Economy/Ledger");
        Assert.Contains("sie4.si är importerad", list.QuerySelector("main")!.TextContent);
        Assert.Contains(list.QuerySelectorAll(".ledger-imports tbody tr"), r => r.TextContent.Contains("sie4.si") && r.TextContent.Contains("2010-01"));
        var audited = await InHalland(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(LedgerImport) && e.UserName == "Carl Controller (Halland)"));
        Assert.True(audited);
    }

    [Theory]
    [InlineData(DemoUsers.HallandReader)]
    [InlineData(DemoUsers.HallandEditorHsn)]
    public async Task Only_the_central_staff_import(string email)
    {
        var file = LedgerSamples.Bytes("Sie4.si");
        await MapAsync(file);
        var imports = await ImportCountAsync();
        using var client = await app.LoginAsync(email);

        var page = await client.GetDocumentAsync("/Economy/Ledger");
        Assert.Null(page.QuerySelector("form.ledger-upload"));
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(client, file, "Import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(client, file, "DryRun")).StatusCode);
        Assert.Equal(imports, await ImportCountAsync());
    }

    [Fact]
    public async Task An_upload_without_anti_forgery_token_is_refused()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var content = new MultipartFormDataContent { { new ByteArrayContent(LedgerSamples.Bytes("Sie4.si")), "upload", "sie4.si" } };

        var response = await admin.Http.PostAsync("/Economy/Ledger?handler=Import", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task No_file_is_an_error_next_to_the_field()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var page = await AppClient.ParseAsync(await UploadAsync(admin, [], "DryRun"));

        Assert.Equal("Välj en SIE-fil.", page.QuerySelector("#upload-error")?.TextContent.Trim());
    }
}
