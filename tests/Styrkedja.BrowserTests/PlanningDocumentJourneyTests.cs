using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// The strategic analysis and the board's directive in the browser: a committee's editor reads this year's
/// decided documents and finds its own assignment; the central staff start next year's, write a section and a
/// frame with a mistake first. Axe on every page and every error state.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PlanningDocumentJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_editor_reads_this_years_premises_and_finds_the_committees_assignment()
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.HallandEditorHsn);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Planeringsunderlag", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Planeringsförutsättningar ") }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Beslutad");
        await Assertions.Expect(page.Locator("#goal-fulfilment")).ToBeVisibleAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Demografi" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GoBackAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Planeringsdirektiv ") }).ClickAsync();
        await Assertions.Expect(page.Locator("tr.own-assignment")).ToContainTextAsync("Ert uppdrag");
        await Assertions.Expect(page.Locator("tr.own-assignment")).ToContainTextAsync("Hälso- och sjukvårdsnämnden");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_central_staff_start_next_years_documents_and_correct_their_mistakes()
    {
        var nextYear = DateTime.Now.Year + 1;
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.BlekingeController);
        await page.GotoAsync($"{app.BaseUrl}/PlanningDocuments?year={nextYear}");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skapa planeringsförutsättningar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Planeringsförutsättningar {nextYear}");
        await page.AssertAccessibleAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Lägg till avsnitt i omvärldsanalys" }).ClickAsync();
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Rubrik").FillAsync("Ny lagstiftning (webbtest)");
        await page.GetByLabel("Text").FillAsync("- Ny hälso- och sjukvårdslag");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Ny lagstiftning (webbtest)" })).ToBeVisibleAsync();

        await page.GotoAsync($"{app.BaseUrl}/PlanningDocuments?year={nextYear}");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skapa planeringsdirektiv" }).ClickAsync();
        await Assertions.Expect(page.Content()).ToContainTextAsync("Bygger på:");
        await page.AssertAccessibleAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Redigera uppdraget till ") }).First.ClickAsync();
        await page.GetByLabel("Driftram (tkr)").FillAsync("-100");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_OperatingFrame-error")).ToContainTextAsync("En ram kan inte vara negativ.");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Driftram (tkr)").FillAsync("1 250 000");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#assignment-table")).ToContainTextAsync("1 250 000 tkr");
    }
}
