using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// A committee editor's walk in each demo organisation: login → goal tree → goal (both directions) →
/// edit (with a mistake first) → history, with axe on every page visited.
/// </summary>
[Collection(BrowserCollection.Name)]
public class GoalChainJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_login_page_is_Swedish_and_accessible()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Goals");

        Assert.Contains("/Account/Login", page.Url);
        Assert.Equal("sv", await page.Locator("html").GetAttributeAsync("lang"));
        await page.AssertAccessibleAsync();

        await page.GetByLabel("E-postadress").FillAsync(DemoUsers.HallandReader);
        await page.GetByLabel("Lösenord").FillAsync("fel-lösenord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Fel e-postadress eller lösenord");
        await page.AssertAccessibleAsync();
    }

    [Theory]
    [InlineData(DemoUsers.HallandEditorHsn, "Fler patienter får besök inom vårdgarantin", "Kortare väntetider till vård",
        "Tillgänglig och jämlik hälsa och vård")]
    [InlineData(DemoUsers.BlekingeEditorHsn, "Utöka antalet digitala vårdbesök i primärvården", "Digitala vårdtjänster",
        "Nära vård")]
    public async Task An_editor_walks_the_goal_chain_edits_a_goal_and_finds_the_change_in_its_history(
        string editor, string goalTitle, string parentTitle, string otherUpperTitle)
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(editor);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Målkedja" }).ClickAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Link, new() { Name = goalTitle, Exact = true }).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { Name = goalTitle, Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(goalTitle);
        var upward = page.Locator("section[aria-labelledby=up]");
        await Assertions.Expect(upward.GetByRole(AriaRole.Link, new() { Name = parentTitle, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(upward.GetByRole(AriaRole.Link, new() { Name = otherUpperTitle, Exact = true }).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The upper goal shows the same link downward.
        await upward.GetByRole(AriaRole.Link, new() { Name = parentTitle, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=down]")
            .GetByRole(AriaRole.Link, new() { Name = goalTitle, Exact = true })).ToBeVisibleAsync();
        await page.GoBackAsync();

        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Redigera" }).ClickAsync();
        await page.GetByLabel("Titel").FillAsync("");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Title-error")).ToHaveTextAsync("Titel måste fyllas i.");
        await page.AssertAccessibleAsync();

        var newTitle = goalTitle + " (reviderat)";
        await page.GetByLabel("Titel").FillAsync(newTitle);
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(newTitle);

        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Historik" }).ClickAsync();
        await Assertions.Expect(page.Content()).ToContainTextAsync(goalTitle);
        await Assertions.Expect(page.Content()).ToContainTextAsync(newTitle);
        await page.AssertAccessibleAsync();
    }
}
