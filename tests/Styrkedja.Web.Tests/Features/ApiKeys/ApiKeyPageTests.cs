using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.ApiKeys;
using Styrkedja.Web.Tests.Features.Api;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.ApiKeys;

/// <summary>/ApiKeys: administrators issue keys (shown once, stored as a hash) and revoke them.</summary>
public class ApiKeyPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private Task<ApiKey?> KeyAsync(string organisation, string name) =>
        app.WithDbAsync(organisation, db => db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Name == name));

    private async Task<HttpStatusCode> ApiStatusAsync(string key)
    {
        using var client = app.CreateAppClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators") { Headers = { { "X-Api-Key", key } } };
        return (await client.Http.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task An_administrator_issues_a_key_that_is_shown_once_and_stored_only_as_its_hash()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync("/ApiKeys/Create", new() { ["Input.Name"] = "Lönesystemet" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        var shown = page.QuerySelector("#issued-key")!.GetAttribute("value")!;
        Assert.StartsWith("sk_", shown);
        Assert.Contains("visas bara den här gången", page.QuerySelector("main")!.TextContent);
        var stored = (await KeyAsync(DemoUsers.Halland, "Lönesystemet"))!;
        Assert.Equal(ApiKeySecret.Hash(shown), stored.KeyHash);
        Assert.Equal(shown[..9], stored.Prefix);
        Assert.DoesNotContain(shown, stored.KeyHash + stored.Prefix);
        Assert.Equal(HttpStatusCode.OK, await ApiStatusAsync(shown));

        var list = await admin.GetDocumentAsync("/ApiKeys");
        var row = list.QuerySelectorAll("main tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Lönesystemet");
        Assert.Contains(stored.Prefix, row.TextContent);
        Assert.DoesNotContain(shown, list.DocumentElement.OuterHtml);
        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.SingleAsync(a => a.EntityType == nameof(ApiKey) && a.EntityId == stored.Id.ToString()));
        Assert.DoesNotContain(stored.KeyHash, audit.After);
    }

    [Fact]
    public async Task A_key_needs_a_name()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var before = await app.WithDbAsync(DemoUsers.Halland, db => db.ApiKeys.CountAsync());

        var response = await admin.SubmitFormAsync("/ApiKeys/Create", new() { ["Input.Name"] = "  " });

        var page = await AppClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#Input_Name-error"));
        Assert.Null(page.QuerySelector("#issued-key"));
        Assert.Equal(before, await app.WithDbAsync(DemoUsers.Halland, db => db.ApiKeys.CountAsync()));
    }

    [Fact]
    public async Task Script_in_a_key_name_comes_back_encoded()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        await admin.SubmitFormAsync("/ApiKeys/Create", new() { ["Input.Name"] = "<script>alert(1)</script>" });

        var response = await admin.Http.GetAsync("/ApiKeys");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Revoking_a_key_stops_it_at_once_and_is_audited()
    {
        var secret = await app.ApiKeyAsync(DemoUsers.Halland, "Ekonomisystemet");
        var key = (await KeyAsync(DemoUsers.Halland, "Ekonomisystemet"))!;
        Assert.Equal(HttpStatusCode.OK, await ApiStatusAsync(secret));
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync($"/ApiKeys/Revoke/{key.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await KeyAsync(DemoUsers.Halland, "Ekonomisystemet"))!.RevokedAt);
        Assert.Equal(HttpStatusCode.Unauthorized, await ApiStatusAsync(secret));
        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.EntityType == nameof(ApiKey) && a.EntityId == key.Id.ToString() && a.Action == AuditAction.Modified).ToListAsync());
        Assert.Equal("Anna Admin (Halland)", Assert.Single(audit).UserName);
    }

    [Fact]
    public async Task Two_administrators_revoking_the_same_key_the_second_gets_the_conflict_message()
    {
        await app.ApiKeyAsync(DemoUsers.Halland, "Dubbelt återkallad");
        var key = (await KeyAsync(DemoUsers.Halland, "Dubbelt återkallad"))!;
        using var first = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var second = await app.LoginAsync(DemoUsers.HallandAdmin);
        var (action, values) = await second.ReadFormAsync($"/ApiKeys/Revoke/{key.Id}");

        await first.SubmitFormAsync($"/ApiKeys/Revoke/{key.Id}", []);
        var revokedAt = (await KeyAsync(DemoUsers.Halland, "Dubbelt återkallad"))!.RevokedAt;
        var late = await second.PostAsync(action, values);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = await AppClient.ParseAsync(late);
        Assert.Contains("API-nyckeln har ändrats av Anna Admin (Halland)", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(revokedAt, (await KeyAsync(DemoUsers.Halland, "Dubbelt återkallad"))!.RevokedAt);
    }

    [Theory]
    [InlineData(DemoUsers.HallandEditorHsn)]
    [InlineData(DemoUsers.HallandController)]
    [InlineData(DemoUsers.HallandReader)]
    public async Task Only_administrators_reach_the_key_pages(string email)
    {
        var key = await app.ApiKeyAsync(DemoUsers.Halland, $"Förbjuden för {email}");
        var id = (await KeyAsync(DemoUsers.Halland, $"Förbjuden för {email}"))!.Id;
        using var user = await app.LoginAsync(email);
        var token = await user.AntiforgeryTokenAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.Forbidden, (await user.Http.GetAsync("/ApiKeys")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.Http.GetAsync("/ApiKeys/Create")).StatusCode);
        var crafted = await user.PostAsync($"/ApiKeys/Revoke/{id}", new Dictionary<string, string>
        {
            ["Version"] = "1", ["__RequestVerificationToken"] = token,
        });
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Null((await KeyAsync(DemoUsers.Halland, $"Förbjuden för {email}"))!.RevokedAt);
        Assert.Equal(HttpStatusCode.OK, await ApiStatusAsync(key));
    }

    [Fact]
    public async Task Another_organisations_key_is_not_found()
    {
        await app.ApiKeyAsync(DemoUsers.Blekinge, "Blekinges nyckel");
        var id = (await KeyAsync(DemoUsers.Blekinge, "Blekinges nyckel"))!.Id;
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/ApiKeys/Revoke/{id}")).StatusCode);
        var list = await admin.GetDocumentAsync("/ApiKeys");
        Assert.DoesNotContain("Blekinges nyckel", list.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Posts_without_antiforgery_token_are_rejected()
    {
        await app.ApiKeyAsync(DemoUsers.Halland, "Utan token");
        var key = (await KeyAsync(DemoUsers.Halland, "Utan token"))!;
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var create = await admin.PostAsync("/ApiKeys/Create", new Dictionary<string, string> { ["Input.Name"] = "Smygnyckel" });
        var revoke = await admin.PostAsync($"/ApiKeys/Revoke/{key.Id}", new Dictionary<string, string> { ["Version"] = key.Version.ToString() });

        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, revoke.StatusCode);
        Assert.Null(await KeyAsync(DemoUsers.Halland, "Smygnyckel"));
        Assert.Null((await KeyAsync(DemoUsers.Halland, "Utan token"))!.RevokedAt);
    }
}
