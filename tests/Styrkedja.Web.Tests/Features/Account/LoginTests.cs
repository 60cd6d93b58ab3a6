using System.Net;
using Styrkedja.Web.Demo;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Account;

public class LoginTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static Task<HttpResponseMessage> TryLoginAsync(AppClient client, string email, string password) =>
        client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    [Fact]
    public async Task The_login_page_is_Swedish()
    {
        using var client = app.CreateAppClient();
        var page = await client.GetDocumentAsync("/Account/Login");

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Logga in", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("label[for=Input_Email]"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_Swedish_message_and_no_session()
    {
        using var client = app.CreateAppClient();

        var response = await TryLoginAsync(client, DemoUsers.HallandReader, "fel-lösenord-123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Fel e-postadress eller lösenord.", page.QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_for_the_right_password()
    {
        using var client = app.CreateAppClient();
        for (var i = 0; i < 5; i++)
            await TryLoginAsync(client, DemoUsers.BlekingeReader, $"fel-lösenord-{i}");

        var response = await TryLoginAsync(client, DemoUsers.BlekingeReader, DemoSeeder.Password);

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("låst", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Passwords_are_stored_hashed()
    {
        var hash = await app.WithDbAsync(DemoUsers.Halland, async db =>
            (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.Users, u => u.Email == DemoUsers.HallandAdmin)).PasswordHash);

        Assert.NotNull(hash);
        Assert.DoesNotContain(DemoSeeder.Password, hash);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_not_followed()
    {
        using var client = app.CreateAppClient();

        var response = await client.SubmitFormAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new() { ["Input.Email"] = DemoUsers.HallandReader, ["Input.Password"] = DemoSeeder.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logging_out_through_the_header_form_ends_the_session()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var response = await client.SubmitFormAsync("/", [], "header form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/Goals")).StatusCode);
    }
}
