using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// The "ensure execution" step in the browser: an editor works on a plan and its activities, a controller
/// decides a plan from Mina uppgifter and keeps oversight; axe on every page and every error state.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PlanJourneyTests(BrowserApp app)
{
    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd");

    [Fact]
    public async Task An_editor_edits_a_plan_sends_it_on_and_plans_an_activity_with_a_follow_up()
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.HallandEditorHsn);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Planer", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("– Hallands sjukhus$") }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync("Utkast");
        await page.AssertAccessibleAsync();

        // A section edited with a mistake first, then saved.
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Redigera avsnittet Prioriteringar" }).ClickAsync();
        await page.GetByLabel("Rubrik").FillAsync("");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Rubrik").FillAsync("Prioriteringar för året");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Prioriteringar för året" })).ToBeVisibleAsync();

        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skicka till beredning" }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync("Under beredning");
        await page.AssertAccessibleAsync();

        // The unit's activities with their timeline, and a new activity with bad dates first.
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Enhetens aktiviteter" }).ClickAsync();
        await Assertions.Expect(page.Locator("svg[role=img]")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Ny aktivitet" }).ClickAsync();
        await page.GetByLabel("Titel").FillAsync("Kortare väntan på röntgen (webbtest)");
        await page.GetByLabel("Start", new() { Exact = true }).FillAsync(Iso(DateTime.Today));
        await page.GetByLabel("Slut", new() { Exact = true }).FillAsync(Iso(DateTime.Today.AddDays(-10)));
        await page.GetByLabel("Ansvarig", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hanna Redaktör (HSN Halland)" });
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skapa" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_EndsOn-error")).ToContainTextAsync("Slutdatum kan inte vara före startdatum");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Slut", new() { Exact = true }).FillAsync(Iso(DateTime.Today.AddDays(30)));
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skapa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kortare väntan på röntgen (webbtest)");

        await page.GetByLabel("Kommentar").FillAsync("Upphandlingen av ny röntgenutrustning är klar.");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara uppföljning" }).ClickAsync();
        await Assertions.Expect(page.Content()).ToContainTextAsync("Upphandlingen av ny röntgenutrustning är klar.");
        await page.AssertAccessibleAsync();

        // The activity is now the editor's own task.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mina uppgifter" }).ClickAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("Kortare väntan på röntgen \\(webbtest\\)") })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Theory]
    [InlineData(DemoUsers.HallandController)]
    [InlineData(DemoUsers.BlekingeController)]
    public async Task A_controller_decides_a_plan_from_Mina_uppgifter_and_keeps_oversight(string controller)
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(controller);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mina uppgifter" }).ClickAsync();
        await page.AssertAccessibleAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Granska ") }).First.ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync("Under beredning");
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Registrera beslut" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Beslutsdatum").FillAsync(Iso(DateTime.Today.AddDays(5)));
        await page.GetByLabel("Paragraf").FillAsync("§ 12");
        await page.GetByLabel("Diarienummer").FillAsync("HSN 2026/44");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Registrera beslut" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("framtiden");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Beslutsdatum").FillAsync(Iso(DateTime.Today));
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Registrera beslut" }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync("Beslutad");
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync("HSN 2026/44");
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Button, new() { Name = "Ny revision" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Uppsikt" }).ClickAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Kedjans hälsa" })).ToBeVisibleAsync();
        // The demo leaves one committee without a plan this year, and one activity overdue.
        await Assertions.Expect(page.Content().Locator("td.plan", new() { HasText = "Saknar plan" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Försenade aktiviteter" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
