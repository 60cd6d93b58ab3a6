using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// Internal control in the browser: a committee editor starts next year's control plan, adds a control
/// after a mistake, records its result with an action and finds it in the summary; last year's reports carry
/// the internal control; axe on every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ControlPlanJourneyTests(BrowserApp app)
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";
    private const string Control = "Attest av fakturor (webbtest)";

    [Fact]
    public async Task An_editor_builds_a_control_plan_records_a_result_and_sees_it_in_the_summary()
    {
        var nextYear = DateTime.Today.Year + 1;
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.BlekingeEditorHsn);

        // This year's decided demo plan, read-only for its controls.
        await page.GotoAsync("/InternalControl/ControlPlans");
        await page.AssertAccessibleAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { Name = $"Beslutad – Kontrollplan för {Hsn}" }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Beslutad");
        await Assertions.Expect(page.Locator("#controls-table")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Next year's plan, started from the list.
        await page.GotoAsync($"/InternalControl/ControlPlans?year={nextYear}");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = $"Skapa kontrollplan för {Hsn}" }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Utkast");
        await page.AssertAccessibleAsync();

        // A control without a title first, then saved.
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Lägg till kontroll" }).ClickAsync();
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Title-error")).ToHaveTextAsync("Vad kontrolleras måste fyllas i.");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Vad kontrolleras").FillAsync(Control);
        await page.GetByLabel("Hur kontrolleras det").FillAsync("Stickprov på 25 fakturor.");
        await page.GetByLabel("När eller hur ofta").FillAsync("Två gånger per år");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#controls-table")).ToContainTextAsync(Control);

        // Its result with an action.
        await page.Content().GetByRole(AriaRole.Link, new() { Name = $"Registrera resultat för {Control}" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Uppföljning", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Helår" });
        await page.GetByLabel("Resultat", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Med anmärkning" });
        await page.GetByLabel("Iakttagelser").FillAsync("Två fakturor saknade attest.");
        await page.Locator("#Input_Actions_0__Text").FillAsync("Påminn attestanterna om reglerna");
        await page.Locator("#Input_Actions_0__ResponsibleUserId").SelectOptionAsync(new SelectOptionValue { Label = "Helga Redaktör (HSN Blekinge)" });
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator(".control-result .status")).ToHaveTextAsync("◐ Med anmärkning");
        await Assertions.Expect(page.Locator(".control-actions")).ToContainTextAsync("Påminn attestanterna om reglerna");
        await page.AssertAccessibleAsync();

        // The summary for the whole year counts it.
        await page.GotoAsync($"/InternalControl/ControlPlans?year={nextYear}");
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Sammanställning av resultaten" }).ClickAsync();
        var row = page.Locator("#control-results tbody tr", new() { HasText = Hsn });
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#control-results tfoot td").Nth(1)).ToHaveTextAsync("1");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Last_years_verksamhetsberattelse_and_annual_report_show_internal_control()
    {
        var lastYear = DateTime.Today.Year - 1;
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.BlekingeController);

        await page.GotoAsync($"/Reports?year={lastYear}");
        await page.Content().GetByRole(AriaRole.Link, new() { Name = $"Verksamhetsberättelse {lastYear}", Exact = true }).ClickAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Sammanställd rapport: Årsredovisning" }).ClickAsync();
        await Assertions.Expect(page.Locator("#internal-control-heading")).ToHaveTextAsync("Intern kontroll");
        await Assertions.Expect(page.Locator("#control-results tbody tr", new() { HasText = Hsn })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GoBackAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { Name = Hsn, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#control-results tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("section.control-results tbody tr").First).ToContainTextAsync("Utan anmärkning");
        await page.AssertAccessibleAsync();
    }
}
