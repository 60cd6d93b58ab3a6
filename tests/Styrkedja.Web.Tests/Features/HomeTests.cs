using System.Net;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features;

public class HomeTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Fact]
    public async Task Overview_shows_the_users_organisation_and_its_vision()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await client.GetDocumentAsync("/");
        Assert.Equal(DemoUsers.Halland, page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Halland – bästa livsplatsen", page.QuerySelector(".vision")!.TextContent);
        Assert.NotNull(page.QuerySelector(".demo-banner"));
    }

    [Fact]
    public async Task Overview_redirects_to_login_without_a_session()
    {
        using var client = app.CreateAppClient();
        var response = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }
}
