using System.Text;
using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// A controller imports a ledger file: a broken file first, then a dry run that finds an unmapped object,
/// maps it (with a mistake first) and imports. Axe on every page and every error state.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LedgerImportJourneyTests(BrowserApp app)
{
    private static string File(string name, string body)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");
        System.IO.File.WriteAllText(path, "#FLAGGA 0\n#SIETYP 4\n#PROGRAM \"Webbtest\" 1\n#RAR 0 20190101 20191231\n" +
            "#DIM 1 \"Resultatenhet\"\n#OBJEKT 1 \"W-1\" \"Webbtestenheten\"\n#KONTO 5110 \"Löner\"\n#KONTO 1930 \"Bank\"\n" + body, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task A_controller_dry_runs_maps_the_missing_object_and_imports()
    {
        var good = File("huvudbok.se", "#VER A 1 20190131 \"Löner januari\"\n{\n#TRANS 5110 {1 \"W-1\"} 1250000.00\n#TRANS 1930 {} -1250000.00\n}\n");
        var bad = File("trasig.se", "#VER A 1 20190131 \"Löner januari\"\n{\n#TRANS 5110 {1 \"W-1\"} 1250000.00\n#TRANS 1930 {} -1000000.00\n}\n");
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.HallandController);
        await page.GotoAsync($"{app.BaseUrl}/Economy");
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Import från bokföringen" }).ClickAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("SIE-fil").SetInputFilesAsync(bad);
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Importera" }).ClickAsync();
        await Assertions.Expect(page.Locator("#upload-error")).ToContainTextAsync("Rad 9: verifikationen A 1 balanserar inte");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("SIE-fil").SetInputFilesAsync(good);
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Provkör" }).ClickAsync();
        await Assertions.Expect(page.Locator(".unmapped-objects")).ToContainTextAsync("Webbtestenheten");
        await page.AssertAccessibleAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Koppla W-1 till en enhet" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Objektkod")).ToHaveValueAsync("W-1");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Dimension").FillAsync("6");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Koppla objektet" }).ClickAsync();
        await Assertions.Expect(page.Locator("#NewObject_Dimension-error")).ToContainTextAsync("dimension 1");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Dimension").FillAsync("1");
        await page.GetByLabel("Enhet", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hälso- och sjukvårdsnämnden" });
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Koppla objektet" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.ledger-objects")).ToContainTextAsync("W-1");

        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Tillbaka till importerna" }).ClickAsync();
        await page.GetByLabel("SIE-fil").SetInputFilesAsync(good);
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Provkör" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ledger-totals tfoot")).ToContainTextAsync("1 250 000");
        await Assertions.Expect(page.Locator(".ledger-ready")).ToBeVisibleAsync();
        await page.GetByLabel("SIE-fil").SetInputFilesAsync(good);
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Importera" }).ClickAsync();
        await Assertions.Expect(page.Content()).ToContainTextAsync("är importerad: 1 rader för 2019-01 – 2019-01");
        await Assertions.Expect(page.Locator("table.ledger-imports")).ToContainTextAsync("Webbtest");
        await page.AssertAccessibleAsync();
    }
}
