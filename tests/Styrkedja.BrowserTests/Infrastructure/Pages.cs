using Microsoft.Playwright;
using Styrkedja.Web.Demo;

namespace Styrkedja.BrowserTests.Infrastructure;

/// <summary>What a user does on every walk: log in through the login form.</summary>
public static class Pages
{
    public static async Task LoginAsync(this IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("E-post").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        try
        {
            // Generous: the first page after login is the first logged-in request on a busy CI machine.
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login"), new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            // Say what the page said, so that a failed login explains itself.
            throw new InvalidOperationException($"Login of {email} stayed on {page.Url}: {await page.Locator("body").InnerTextAsync()}");
        }
    }

    /// <summary>The main content area, so that page links are not confused with the menu's.</summary>
    public static ILocator Content(this IPage page) => page.Locator("main");
}
