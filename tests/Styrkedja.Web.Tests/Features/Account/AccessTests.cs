using System.Net;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Account;

/// <summary>Nothing but the login page and /health answers without a login.</summary>
public class AccessTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Goals")]
    [InlineData("/Goals/Details/1")]
    [InlineData("/Goals/Create")]
    [InlineData("/Organisation")]
    [InlineData("/PlanningYears")]
    [InlineData("/GovernanceModel")]
    [InlineData("/Users")]
    [InlineData("/Audit")]
    public async Task Every_page_redirects_to_login_without_a_session(string url)
    {
        using var client = app.CreateAppClient();

        var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_post_without_a_session_is_not_executed()
    {
        using var client = app.CreateAppClient();
        var token = await client.AntiforgeryTokenAsync("/Account/Login");

        var response = await client.PostAsync("/Goals/Delete/1", [new("__RequestVerificationToken", token), new("Version", "0")]);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Health_answers_without_login_after_checking_the_database()
    {
        using var client = app.CreateAppClient();

        var response = await client.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database_for_other_instances()
    {
        using var client = app.CreateAppClient();
        await client.AntiforgeryTokenAsync("/Account/Login");

        var keys = await app.WithDbAsync(DemoUsers.Halland, db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DataProtectionKeys));

        Assert.True(keys > 0);
    }

    [Fact]
    public async Task Pages_send_security_headers()
    {
        using var client = app.CreateAppClient();

        var response = await client.Http.GetAsync("/Account/Login");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
