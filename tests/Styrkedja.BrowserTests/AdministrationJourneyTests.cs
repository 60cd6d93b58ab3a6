using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// An administrator's walk through every area of the menu and into one page and one form of each,
/// with axe on every page visited, in both demo organisations.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AdministrationJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData(DemoUsers.HallandAdmin)]
    [InlineData(DemoUsers.BlekingeAdmin)]
    public async Task An_administrator_visits_every_area_and_every_page_is_accessible(string admin)
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(admin);

        foreach (var area in new[] { "Mina uppgifter", "Planer", "Aktiviteter", "Uppsikt", "Organisation", "Planeringsår", "Styrmodell", "Användare", "Historik" })
        {
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = area, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            Assert.DoesNotContain("hittades inte", await page.TitleAsync());
            await page.AssertAccessibleAsync();
        }
    }

    [Theory]
    [InlineData(DemoUsers.HallandAdmin)]
    [InlineData(DemoUsers.BlekingeAdmin)]
    public async Task Forms_of_each_area_are_accessible_also_when_they_show_errors(string admin)
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(admin);

        foreach (var url in new[] { "/Organisation/Create", "/PlanningYears/Create", "/GovernanceModel/Levels/Create", "/Users/Create" })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            // Sent with its text fields emptied, every form comes back with its Swedish error summary.
            var form = page.Content().Locator("form[method=post]").Last;
            foreach (var field in await form.Locator("input[type=text], input[type=number], input[type=email], textarea").AllAsync())
                await field.FillAsync("");
            await form.Locator("button[type=submit]").Last.ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
        }
    }

    [Fact]
    public async Task The_unit_page_shows_its_grunduppdrag_and_history()
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.HallandAdmin);

        await page.GotoAsync("/Organisation");
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Hälso- och sjukvårdsnämnden", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hälso- och sjukvårdsnämnden");
        await page.AssertAccessibleAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Historik" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Hälso- och sjukvårdsnämnden");
        await page.AssertAccessibleAsync();
    }
}
