using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a free localhost port, its own fresh SQLite database with the demo data)
/// and one headless Debian Chromium driven by Playwright. Shared by the browser test classes; each
/// test opens its own browser context, so logins never leak between tests.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    // Debian's package: the tests never download a browser of their own.
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly KestrelFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} saknas: installera Debian-paketet chromium (scripts/test-all.sh gör det).");
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().TrimEnd('/');
        // A first request compiles the views and warms the app, so no test's timeouts pay for a cold start.
        using (var warmUp = new HttpClient())
            (await warmUp.GetAsync(BaseUrl + "/Account/Login")).EnsureSuccessStatusCode();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh page in a fresh context (no cookies), with the app's address as base URL.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "sv-SE" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    private sealed class KestrelFactory : StyrkedjaFactory
    {
        public KestrelFactory() => UseKestrel(0);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
