using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// Issue 8's risk analysis in the browser: the start page, a committee's matrix with its table alternative,
/// a risk refused for a consequence without a value, then saved and shown in the matrix; axe on every page and
/// on the error states, and the administrator's scales. The risk the journey adds it deletes again, since the app is shared by the collection.
/// </summary>
[Collection(BrowserCollection.Name)]
public class RiskJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_hsn_editor_reads_the_matrix_is_refused_a_risk_without_consequence_then_adds_it_and_sees_it_in_its_cell()
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.BlekingeEditorHsn);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Intern kontroll", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Intern kontroll");
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Link, new() { Name = "Kontrollplaner" })).ToBeVisibleAsync();
        // A committee's editor sees its own committee and administrations, not the traffic committee's.
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Link, new() { Name = "Riskanalys för Trafiknämnden" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Riskanalys för Hälso- och sjukvårdsnämnden" }).ClickAsync();
        var matrix = page.Locator("svg.risk-matrix[role=img]");
        await Assertions.Expect(matrix).ToBeVisibleAsync();
        await Assertions.Expect(matrix.Locator("g.cell")).ToHaveCountAsync(16);
        var rows = page.Locator("table.risk-table tbody tr");
        var rowCount = await rows.CountAsync();
        Assert.True(rowCount > 0, "The demo's risk analysis for HSN should not be empty.");
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Risker i tabellform" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var title = $"Långa väntetider i akuten {Guid.NewGuid().ToString("N")[..8]} (webbtest)";
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Ny risk" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ny risk");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Risk", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Sannolikhet", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "4 – Sannolik" });
        await page.GetByLabel("Åtgärder", new() { Exact = true }).FillAsync("- Flödesanalys av akuten");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skapa" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Consequence-error")).ToHaveTextAsync("Välj konsekvens.");
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Konsekvens", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "3 – Kännbar" });
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skapa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Risken ”{title}” har lagts till.");
        await Assertions.Expect(rows).ToHaveCountAsync(rowCount + 1);
        var row = rows.Filter(new() { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("12 Mycket hög");
        var number = (await row.Locator("td").First.InnerTextAsync()).Trim();
        var cell = matrix.Locator("g.cell[data-probability='4'][data-consequence='3']");
        Assert.Matches($@"(^| ){Regex.Escape(number)}( |$)", await cell.GetAttributeAsync("data-risks") ?? "");
        await page.AssertAccessibleAsync();

        // Removed again so that other journeys see the demo's analysis as seeded.
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Redigera" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Ta bort" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Risken ”{title}” har tagits bort.");
        await Assertions.Expect(rows).ToHaveCountAsync(rowCount);
    }

    [Fact]
    public async Task An_administrator_reads_the_scales_and_is_told_why_a_step_in_use_cannot_be_removed()
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.BlekingeAdmin);
        await page.GotoAsync("/GovernanceModel");
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Riskskalor" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Riskskalor");
        await Assertions.Expect(page.Locator("#axis-probability + table tbody tr")).ToHaveCountAsync(4);
        await page.AssertAccessibleAsync();

        // The demo has risks assessed at the top consequence, so the step stays and the page says why.
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Ta bort högsta steget för Konsekvens" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Steg 4 (Allvarlig) används av");
        await Assertions.Expect(page.Locator("#axis-consequence + table tbody tr")).ToHaveCountAsync(4);
        await page.AssertAccessibleAsync();
    }
}
