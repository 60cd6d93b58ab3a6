using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Indicators;

public class IndicatorCatalogueTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";
    private const string SickLeave = "Sjukfrånvaro";

    private async Task<Dictionary<string, string?>> NewIndicatorAsync(string name, string owner, IndicatorScope scope) => new()
    {
        ["Input.Name"] = name,
        ["Input.OwnerUnitId"] = (await app.UnitIdAsync(DemoUsers.Halland, owner)).ToString(),
        ["Input.Scope"] = scope.ToString(),
        ["Input.MeasureUnit"] = "%",
        ["Input.Decimals"] = "1",
        ["Input.Periodicity"] = nameof(Periodicity.Month),
    };

    [Fact]
    public async Task Catalogue_lists_the_organisations_own_indicators_only()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync("/Indicators");

        var names = page.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();
        Assert.Contains("Påstigande i Hallandstrafiken", names);
        Assert.DoesNotContain("Digitala vårdbesök i primärvården", names);
        Assert.Equal(await app.IndicatorCountAsync(DemoUsers.Halland), names.Count);
        var koladaRow = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Medicinsk bedömning inom 3 dagar"));
        Assert.Contains("Kolada (N79173)", koladaRow.TextContent);
    }

    [Fact]
    public async Task Filters_by_category_scope_and_owner()
    {
        var economy = await app.WithDbAsync(DemoUsers.Halland, db => db.Perspectives.Where(p => p.Name == "Ekonomi").Select(p => p.Id).SingleAsync());
        var traffic = await app.UnitIdAsync(DemoUsers.Halland, "Kollektivtrafiknämnden");
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var byCategory = await client.GetDocumentAsync($"/Indicators?category={economy}");
        var byScopeAndOwner = await client.GetDocumentAsync($"/Indicators?scope=UnitOwn&owner={traffic}");

        var economyNames = byCategory.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();
        Assert.Contains("Kostnad för inhyrd personal", economyNames);
        Assert.DoesNotContain(SickLeave, economyNames);
        var trafficNames = byScopeAndOwner.QuerySelectorAll("tbody th a").Select(a => a.TextContent).Order().ToList();
        Assert.Equal(["Påstigande i Hallandstrafiken", "Turer i tid"], trafficNames);
    }

    [Fact]
    public async Task Details_show_a_chart_and_a_table_with_the_same_numbers()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, SickLeave);
        var latest = await app.WithDbAsync(DemoUsers.Halland, db => db.IndicatorValues
            .Where(v => v.IndicatorId == indicator.Id && v.Gender == Gender.Total && v.OrgUnit!.Name == "Hallands sjukhus")
            .OrderByDescending(v => v.Year).ThenByDescending(v => v.Period).FirstAsync());
        var unit = latest.OrgUnitId;
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync($"/Indicators/Details/{indicator.Id}?unit={unit}");

        var svg = page.QuerySelector("svg[role=img]")!;
        Assert.Contains(SickLeave, svg.QuerySelector("title")!.TextContent);
        Assert.NotEmpty(svg.QuerySelector("desc")!.TextContent);
        Assert.Equal(3, svg.QuerySelectorAll("g.series").Length);
        var formatted = latest.Value!.Value.ToString("N1", System.Globalization.CultureInfo.GetCultureInfo("sv-SE")) + " %";
        var table = page.QuerySelector("table.chart-data")!;
        Assert.Contains(table.QuerySelectorAll("td"), td => td.TextContent == formatted);
        Assert.Equal(["Totalt", "Kvinnor", "Män"], table.QuerySelectorAll("thead th").Skip(1).Take(3).Select(th => th.TextContent));
        var latestRow = page.QuerySelectorAll("#latest ~ table tbody tr").Single(r => r.TextContent.Contains("Hallands sjukhus"));
        Assert.Contains(formatted, latestRow.TextContent);
        Assert.NotNull(latestRow.QuerySelector(".status"));
        Assert.NotNull(page.QuerySelector($"a[href='/Audit/History?type=Indicator&id={indicator.Id}']"));
        Assert.Contains(page.QuerySelectorAll("#goals ~ ul a"), a => a.TextContent == "Säkrad kompetensförsörjning");
    }

    [Fact]
    public async Task Another_organisations_indicator_is_not_found()
    {
        var blekinge = await app.IndicatorAsync(DemoUsers.Blekinge, "Digitala vårdbesök i primärvården");
        using var client = await app.LoginAsync(DemoUsers.HallandAdmin);

        await client.GetDocumentAsync($"/Indicators/Details/{blekinge.Id}", HttpStatusCode.NotFound);
        await client.GetDocumentAsync($"/Indicators/Edit/{blekinge.Id}", HttpStatusCode.NotFound);
        await client.GetDocumentAsync($"/Indicators/Targets/{blekinge.Id}", HttpStatusCode.NotFound);
        await client.GetDocumentAsync($"/Indicators/Adopt/{blekinge.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Admin_creates_a_region_wide_indicator_with_encoded_text_and_audit()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandAdmin);
        var fields = await NewIndicatorAsync("Nöjda patienter <script>alert(1)</script>", "Regionstyrelsen", IndicatorScope.RegionWide);
        fields["Input.MinValue"] = "0";
        fields["Input.MaxValue"] = "99,5";
        fields["Input.KoladaKpiId"] = "u12345";

        var response = await client.SubmitFormAsync("/Indicators/Create", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.IndicatorAsync(DemoUsers.Halland, "Nöjda patienter <script>alert(1)</script>");
        Assert.Equal(99.5m, created.MaxValue);
        Assert.Equal("U12345", created.KoladaKpiId);
        Assert.Empty(created.Adoptions);
        var html = await client.Http.GetStringAsync($"/Indicators/Details/{created.Id}");
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == "Indicator" && a.SubjectId == created.Id.ToString() && a.Action == AuditAction.Added)));
    }

    [Fact]
    public async Task Bad_input_shows_messages_next_to_the_fields_and_saves_nothing()
    {
        var before = await app.IndicatorCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandAdmin);
        var fields = await NewIndicatorAsync("", "Regionstyrelsen", IndicatorScope.RegionWide);
        fields["Input.Decimals"] = "9";
        fields["Input.MinValue"] = "10";
        fields["Input.MaxValue"] = "5";
        fields["Input.KoladaKpiId"] = "12345";
        fields["Input.TolerancePercent"] = "tio";

        var response = await client.SubmitFormAsync("/Indicators/Create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#Input_Name-error"));
        Assert.Contains("mellan 0 och 6", page.QuerySelector("#Input_Decimals-error")!.TextContent);
        Assert.Contains("inte vara lägre", page.QuerySelector("#Input_MaxValue-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Input_KoladaKpiId-error"));
        Assert.Contains("inte ett tal", page.QuerySelector("#Input_TolerancePercent-error")!.TextContent);
        Assert.Contains("Input_Decimals-error", page.QuerySelector("#Input_Decimals")!.GetAttribute("aria-describedby"));
        Assert.Equal(before, await app.IndicatorCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task Editor_creates_its_units_own_indicator_which_the_unit_adopts()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await client.SubmitFormAsync("/Indicators/Create",
            await NewIndicatorAsync("Andel utskrivningsklara patienter", "Hallands sjukhus", IndicatorScope.UnitOwn));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.IndicatorAsync(DemoUsers.Halland, "Andel utskrivningsklara patienter");
        Assert.Equal(IndicatorScope.UnitOwn, created.Scope);
        Assert.Equal([await app.UnitIdAsync(DemoUsers.Halland, "Hallands sjukhus")], created.Adoptions.Select(a => a.OrgUnitId));
    }

    [Fact]
    public async Task Editor_may_not_create_a_region_wide_indicator_nor_one_for_another_committee()
    {
        var before = await app.IndicatorCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var token = await client.AntiforgeryTokenAsync("/Indicators/Create");

        async Task<HttpStatusCode> PostAsync(Dictionary<string, string?> fields) =>
            (await client.PostAsync("/Indicators/Create", fields.Append(new("__RequestVerificationToken", token))
                .Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)))).StatusCode;

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(await NewIndicatorAsync("Regionalt", Hsn, IndicatorScope.RegionWide)));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(await NewIndicatorAsync("Annans", "Regional utveckling", IndicatorScope.UnitOwn)));
        Assert.Equal(before, await app.IndicatorCountAsync(DemoUsers.Halland));
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        await reader.GetDocumentAsync("/Indicators/Create", HttpStatusCode.Forbidden);
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, SickLeave);
        await client.GetDocumentAsync($"/Indicators/Edit/{indicator.Id}", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_rejected()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await client.PostAsync("/Indicators/Create",
            (await NewIndicatorAsync("Utan token", "Regionstyrelsen", IndicatorScope.RegionWide)).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Concurrent_edits_keep_the_first_save_and_explain_the_conflict()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "Personalomsättning");
        using var first = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var second = await app.LoginAsync(DemoUsers.HallandController);
        var url = $"/Indicators/Edit/{indicator.Id}";
        var (action, secondValues) = await second.ReadFormAsync(url);

        var saved = await first.SubmitFormAsync(url, new() { ["Input.ResponsiblePerson"] = "Första Personen" });
        secondValues.RemoveAll(v => v.Key == "Input.ResponsiblePerson");
        secondValues.Add(new("Input.ResponsiblePerson", "Andra Personen"));
        var conflict = await second.PostAsync(action, secondValues);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await AppClient.ParseAsync(conflict);
        Assert.Contains("har ändrats av Anna Admin", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Första Personen", (await app.IndicatorAsync(DemoUsers.Halland, "Personalomsättning")).ResponsiblePerson);
    }
}
