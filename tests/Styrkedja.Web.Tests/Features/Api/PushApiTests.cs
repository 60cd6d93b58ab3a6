using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Api;

/// <summary>POST /api/v1/values and GET /api/v1/indicators with an API key, and the OpenAPI document.</summary>
public class PushApiTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";

    private static HttpRequestMessage Post(string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/values") { Content = JsonContent.Create(body) };
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, AppClient? client = null)
    {
        using var own = client is null ? app.CreateAppClient() : null;
        return await (client ?? own!).Http.SendAsync(request);
    }

    private static object Batch(params object[] values) => new { values };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_valid_key_writes_the_values_and_the_audit_names_the_key()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "API: andel besök i tid", Periodicity.Month, byGender: true, Hsn);
        var unit = await app.UnitIdAsync(DemoUsers.Halland, Hsn);
        var key = await app.ApiKeyAsync(DemoUsers.Halland, "BI-lagret");

        var response = await SendAsync(Post(key, Batch(
            new { indicatorId = indicator, unitId = unit, year = 2026, period = 4, gender = "T", value = 81.5m, comment = "Från BI" },
            new { indicatorId = indicator, unitId = unit, year = 2026, period = 4, gender = "K", value = 83m })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await JsonAsync(response)).GetProperty("written").GetInt32());
        var values = await app.ValuesAsync(DemoUsers.Halland, indicator);
        Assert.Equal([(Gender.Total, 81.5m), (Gender.Women, 83m)], values.Select(v => (v.Gender, v.Value!.Value)));
        Assert.All(values, v => Assert.Equal(IndicatorSource.Api, v.Source));
        Assert.All(values, v => Assert.Equal("API: BI-lagret", v.UpdatedBy));
        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.EntityType == nameof(IndicatorValue) && a.SubjectId == indicator.ToString()).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal("API: BI-lagret", a.UserName));
    }

    [Fact]
    public async Task One_bad_value_answers_400_with_its_index_and_nothing_is_written()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "API: andel nöjda", Periodicity.Tertial, byGender: false, Hsn);
        var unit = await app.UnitIdAsync(DemoUsers.Halland, Hsn);
        var key = await app.ApiKeyAsync(DemoUsers.Halland, "Enkätsystemet");

        var response = await SendAsync(Post(key, Batch(
            new { indicatorId = indicator, unitId = unit, year = 2026, period = 1, value = 70m },
            new { indicatorId = indicator, unitId = unit, year = 2026, period = 2, value = 170m },
            new { indicatorId = indicator, unitId = unit, year = 2026, period = 3, gender = "X", value = 70m })));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, Assert.Single(errors).GetProperty("index").GetInt32());
        Assert.Contains("”X” är okänt", errors[0].GetProperty("message").GetString());
        Assert.Empty(await app.ValuesAsync(DemoUsers.Halland, indicator));

        var rules = await SendAsync(Post(key, Batch(
            new { indicatorId = indicator, unitId = unit, year = 2026, period = 1, value = 70m },
            new { indicatorId = indicator, unitId = unit, year = 2026, period = 2, value = 170m })));
        Assert.Equal(HttpStatusCode.BadRequest, rules.StatusCode);
        var ruleError = Assert.Single((await JsonAsync(rules)).GetProperty("errors").EnumerateArray());
        Assert.Equal(1, ruleError.GetProperty("index").GetInt32());
        Assert.Contains("högre än det högsta tillåtna", ruleError.GetProperty("message").GetString());
        Assert.Empty(await app.ValuesAsync(DemoUsers.Halland, indicator));
    }

    [Fact]
    public async Task No_key_a_wrong_key_or_a_revoked_key_answers_401_and_writes_nothing()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "API: väntetid", Periodicity.Month, byGender: false, Hsn);
        var unit = await app.UnitIdAsync(DemoUsers.Halland, Hsn);
        var revoked = await app.ApiKeyAsync(DemoUsers.Halland, "Gamla systemet", revoked: true);
        var body = Batch(new { indicatorId = indicator, unitId = unit, year = 2026, period = 1, value = 10m });

        foreach (var key in new[] { null, "sk_gissad-nyckel", revoked })
        {
            var response = await SendAsync(Post(key, body));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Empty(await app.ValuesAsync(DemoUsers.Halland, indicator));
    }

    [Fact]
    public async Task A_login_cookie_does_not_open_the_api()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "API: cookie", Periodicity.Month, byGender: false, Hsn);
        var unit = await app.UnitIdAsync(DemoUsers.Halland, Hsn);
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await SendAsync(Post(null, Batch(new { indicatorId = indicator, unitId = unit, year = 2026, period = 1, value = 10m })), admin);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.ValuesAsync(DemoUsers.Halland, indicator));
    }

    [Fact]
    public async Task An_api_key_does_not_open_the_pages()
    {
        var key = await app.ApiKeyAsync(DemoUsers.Halland, "Sidtest");
        using var client = app.CreateAppClient();
        client.Http.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await client.Http.GetAsync("/Goals");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_key_of_one_organisation_cannot_write_another_organisations_indicator()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "API: Hallands egen", Periodicity.Month, byGender: false, Hsn);
        var unit = await app.UnitIdAsync(DemoUsers.Halland, Hsn);
        var blekinge = await app.ApiKeyAsync(DemoUsers.Blekinge, "Blekinges BI");

        var response = await SendAsync(Post(blekinge, Batch(new { indicatorId = indicator, unitId = unit, year = 2026, period = 1, value = 10m })));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await JsonAsync(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal(0, error.GetProperty("index").GetInt32());
        Assert.Empty(await app.ValuesAsync(DemoUsers.Halland, indicator));
        var listed = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators") { Headers = { { "X-Api-Key", blekinge } } });
        Assert.DoesNotContain("API: Hallands egen", await listed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_415_and_broken_json_400()
    {
        var key = await app.ApiKeyAsync(DemoUsers.Halland, "CSV-system");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/values")
        {
            Content = new StringContent("indikator;värde\n1;12,5", Encoding.UTF8, "text/csv"),
            Headers = { { "X-Api-Key", key } },
        };

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await SendAsync(request)).StatusCode);
        var broken = new HttpRequestMessage(HttpMethod.Post, "/api/v1/values")
        {
            Content = new StringContent("{\"values\": [{\"value\": 12,5}]}", Encoding.UTF8, "application/json"),
            Headers = { { "X-Api-Key", key } },
        };
        var response = await SendAsync(broken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(-1, (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("index").GetInt32());
    }

    [Fact]
    public async Task The_indicator_list_tells_a_system_the_ids_it_needs()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "API: listad", Periodicity.Tertial, byGender: true, Hsn, "Regionala utvecklingsnämnden");
        var units = new[] { await app.UnitIdAsync(DemoUsers.Halland, Hsn), await app.UnitIdAsync(DemoUsers.Halland, "Regionala utvecklingsnämnden") };
        var key = await app.ApiKeyAsync(DemoUsers.Halland, "Listaren");

        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators") { Headers = { { "X-Api-Key", key } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = (await JsonAsync(response)).EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == indicator);
        Assert.Equal("API: listad", listed.GetProperty("name").GetString());
        Assert.Equal("Tertial", listed.GetProperty("periodicity").GetString());
        Assert.True(listed.GetProperty("byGender").GetBoolean());
        Assert.Equal(units.Order(), listed.GetProperty("reportingUnitIds").EnumerateArray().Select(u => u.GetInt32()));
    }

    [Fact]
    public async Task The_openapi_document_is_public_and_describes_the_push_api_and_its_key()
    {
        using var anonymous = app.CreateAppClient();

        var response = await anonymous.Http.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await JsonAsync(response);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/values", out var values));
        Assert.True(values.TryGetProperty("post", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/indicators", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
    }
}
