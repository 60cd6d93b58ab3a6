using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// The investment plan in the browser: a committee's editor registers a need in next year's demo plan with a
/// mistake first, the central staff rank it with a duplicate place first, and the plan shows it with its sums.
/// Axe on every page and every error state.
/// </summary>
[Collection(BrowserCollection.Name)]
public class InvestmentJourneyTests(BrowserApp app)
{
    private const string Title = "Ny operationssal (webbtest)";

    [Fact]
    public async Task An_editor_registers_a_need_the_staff_rank_it_and_the_plan_shows_the_sums()
    {
        var nextYear = DateTime.Now.Year + 1;
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.HallandEditorHsn);
        await page.GotoAsync($"{app.BaseUrl}/Economy/Investments?year={nextYear}");
        await page.AssertAccessibleAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Investeringsplan ") }).ClickAsync();
        await Assertions.Expect(page.Locator("#needs")).ToContainTextAsync("Ny akutmottagning");
        await page.AssertAccessibleAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Registrera investeringsbehov" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Kategori").SelectOptionAsync(new SelectOptionValue { Label = "Fastighet" });
        await page.GetByLabel("Benämning", new() { Exact = true }).FillAsync(Title);
        await page.GetByLabel("Nämndens prioritet").FillAsync("0");
        await page.GetByLabel($"{nextYear + 1}, planår (tkr)").FillAsync("-10");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Amounts_1_-error")).ToContainTextAsync("Ett belopp kan inte vara negativt.");
        await Assertions.Expect(page.Locator("#Input_CommitteePriority-error")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Nämndens prioritet").FillAsync("7");
        await page.GetByLabel($"{nextYear + 1}, planår (tkr)").FillAsync("12 500");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#needs")).ToContainTextAsync(Title);
        await page.AssertAccessibleAsync();

        var staff = await app.NewPageAsync();
        await staff.LoginAsync(DemoUsers.HallandController);
        await staff.GotoAsync(page.Url);
        await staff.Content().GetByRole(AriaRole.Link, new() { Name = "Samlad rangordning" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByLabel($"Rangordning för {Title}").FillAsync("1");
        await staff.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".error-summary")).ToContainTextAsync("Platsen 1 är given till flera behov.");
        await staff.AssertAccessibleAsync();
        await staff.GetByLabel($"Rangordning för {Title}").FillAsync("13");
        await staff.GetByLabel($"Bedömning av {Title}").FillAsync("Kan vänta till planens andra år.");
        await staff.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        var row = staff.Locator("#needs tbody tr", new() { HasText = Title });
        await Assertions.Expect(row).ToContainTextAsync("Kan vänta till planens andra år.");
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("13");
        await Assertions.Expect(staff.Locator("#category-sums")).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator("#committee-sums")).ToContainTextAsync("Hälso- och sjukvårdsnämnden");
        await staff.AssertAccessibleAsync();
    }
}
