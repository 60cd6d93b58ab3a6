using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// The budget in the browser: the controller reads this year's proposals with their goal checks, compares
/// two of them, corrects a bad frame, and adopts next year's majority proposal after first forgetting the
/// date; axe on every page and error state.
/// </summary>
[Collection(BrowserCollection.Name)]
public class BudgetJourneyTests(BrowserApp app)
{
    private const string Majority = "Majoritetens budgetförslag";
    private const string Opposition = "Sverigedemokraternas förslag";

    [Fact]
    public async Task The_controller_compares_proposals_and_adopts_one_after_a_missing_date()
    {
        var nextYear = DateTime.Today.Year + 1;
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.BlekingeController);

        await page.GotoAsync("/Economy/Budget");
        await Assertions.Expect(page.Locator("#proposals")).ToContainTextAsync("Beslutad budget");
        await Assertions.Expect(page.Locator("#proposals .status-notmet").First).ToContainTextAsync("Inte uppfyllt");
        await page.AssertAccessibleAsync();

        // Two of this year's proposals side by side.
        await page.GetByLabel($"Jämför {Majority}").CheckAsync();
        await page.GetByLabel($"Jämför {Opposition}").CheckAsync();
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Jämför valda förslag" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Jämför budgetförslag");
        await Assertions.Expect(page.Locator($"#compare-{DateTime.Today.Year}-operating thead")).ToContainTextAsync($"Skillnad {Opposition}");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/Economy/Budget/FinancialGoals");
        await Assertions.Expect(page.Locator("#goals")).ToContainTextAsync("minst 2 procent");
        await page.AssertAccessibleAsync();

        // Next year's opposition proposal: a negative frame is refused next to its cell.
        await page.GotoAsync($"/Economy/Budget?year={nextYear}");
        await page.Content().GetByRole(AriaRole.Link, new() { Name = Opposition }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Ändra förslag och ramar" }).ClickAsync();
        await page.AssertAccessibleAsync();
        var cell = page.GetByLabel($"Trafiknämnden, drift {nextYear}", new() { Exact = true });
        await cell.FillAsync("-100");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("beloppet kan inte vara negativt");
        await page.AssertAccessibleAsync();
        await page.GetByLabel($"Trafiknämnden, drift {nextYear}", new() { Exact = true }).FillAsync("480 000");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#frame-table")).ToContainTextAsync("480 000");

        // Next year's majority proposal adopted: the date forgotten first.
        await page.GotoAsync($"/Economy/Budget?year={nextYear}");
        await page.Content().GetByRole(AriaRole.Link, new() { Name = Majority }).ClickAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Anta som budget" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Paragraf").FillAsync("§ 120");
        await page.GetByLabel("Diarienummer").FillAsync($"RS {DateTime.Today.Year}/500");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Anta som budget" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_DecidedOn-error")).ToHaveTextAsync("Beslutsdatum måste fyllas i.");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Beslutsdatum").FillAsync(DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Anta som budget" }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Beslutad budget");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("§ 120");
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Link, new() { Name = "Ändra förslag och ramar" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }
}
