using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// Value entry with a mistake first, and the pages that show indicators (catalogue, trend chart, Kolada
/// comparison, goal status), with axe on every page and state visited.
/// </summary>
[Collection(BrowserCollection.Name)]
public class IndicatorJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData(DemoUsers.HallandEditorHsn, "Hallands sjukhus")]
    [InlineData(DemoUsers.BlekingeEditorHsn, "Hälso- och sjukvårdsnämnden")]
    public async Task An_editor_enters_a_value_in_the_grid_after_correcting_a_mistake(string editor, string unit)
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(editor);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Registrera värden" }).ClickAsync();
        await page.GetByLabel("Enhet").SelectOptionAsync(new SelectOptionValue { Label = unit });
        // December: every periodicity ends then, so the grid holds all the unit's indicators.
        await page.GetByLabel("Månad").SelectOptionAsync(new SelectOptionValue { Label = "december" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await page.AssertAccessibleAsync();

        var grid = page.Locator("#value-grid");
        var firstValue = grid.Locator("input[inputmode=decimal]").First;
        await firstValue.FillAsync("tolv");
        await grid.GetByRole(AriaRole.Button, new() { Name = "Spara värden" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("är inte ett tal");
        await Assertions.Expect(page.Locator("#value-grid input[aria-invalid=true]").First).ToHaveValueAsync("tolv");
        await page.AssertAccessibleAsync();

        await page.Locator("#value-grid input[aria-invalid=true]").First.FillAsync("12");
        await page.Locator("#value-grid").GetByRole(AriaRole.Button, new() { Name = "Spara värden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sparat");
        await Assertions.Expect(page.Locator("#value-grid input[inputmode=decimal]").First).ToHaveValueAsync("12");
        await page.AssertAccessibleAsync();
    }

    [Theory]
    [InlineData(DemoUsers.HallandReader)]
    [InlineData(DemoUsers.BlekingeReader)]
    public async Task A_reader_follows_an_indicator_from_the_catalogue_to_its_chart_and_Kolada_comparison(string reader)
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(reader);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Indikatorer" }).ClickAsync();
        await page.AssertAccessibleAsync();

        // An indicator bound to Kolada has a chart of its own values and a comparison with other regions.
        await page.Content().Locator("table tbody tr", new() { HasText = "Kolada (" }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("svg[role=img]")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Jämför med andra regioner (Kolada)" }).ClickAsync();
        await Assertions.Expect(page.Content().Locator("table tbody tr").First).ToContainTextAsync("(egen)");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_goal_page_shows_the_goals_status_from_its_indicators_accessibly()
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.HallandController);
        await page.GotoAsync("/Goals");
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Fler patienter får besök inom vårdgarantin", Exact = true }).First.ClickAsync();

        await Assertions.Expect(page.Content()).ToContainTextAsync("Indikatorer och status");
        await Assertions.Expect(page.Locator(".status").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
