using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// Outcome against budget and the full-year forecast in the browser, on the demo's imported ledger: the
/// region's months and units, a drill-down to a committee, and a controller's adjusted forecast that is
/// refused without a comment first. Axe on every page and the error state.
/// </summary>
[Collection(BrowserCollection.Name)]
public class OutcomeJourneyTests(BrowserApp app)
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";

    [Fact]
    public async Task A_controller_follows_the_outcome_down_the_tree_and_adjusts_a_forecast()
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.BlekingeController);

        await page.GotoAsync($"{app.BaseUrl}/Economy");
        await page.AssertAccessibleAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Utfall och prognos" }).ClickAsync();
        await Assertions.Expect(page.Locator("#outcome-months tbody tr")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator("svg[role=img]")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Down to the committee through the unit chooser.
        var hsn = await page.Locator("#unit option", new() { HasText = Hsn }).First.GetAttributeAsync("value");
        await page.Locator("#unit").SelectOptionAsync(hsn!);
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await Assertions.Expect(page.Locator("h2").First).ToContainTextAsync(Hsn);
        await page.AssertAccessibleAsync();

        // The first round's forecasts, and the committee's adjusted with a comment.
        await page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Prognoser vid ") }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#forecasts")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { Name = $"Justera prognos {Hsn}" }).ClickAsync();
        var proposal = await page.Locator("#proposal").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(proposal));
        await page.GetByLabel("Helårsprognos").FillAsync("123456");
        await page.GetByLabel("Kommentar").FillAsync("");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Comment-error")).ToHaveTextAsync("Motivera varför prognosen avviker från förslaget.");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Kommentar").FillAsync("Hyrpersonal under sommaren.");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#forecasts")).ToContainTextAsync("Hyrpersonal under sommaren.");
        await Assertions.Expect(page.Locator("#forecasts")).ToContainTextAsync("123 456");
        await page.AssertAccessibleAsync();
    }
}
