using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Kolada;

/// <summary>Kolada settings, KPI search and binding, fetching and peer comparison, against a Kolada on loopback.</summary>
public class KoladaTests(KoladaFactory app) : IClassFixture<KoladaFactory>
{
    private static readonly int LastYear = DateTime.Now.Year - 1;

    /// <summary>A yearly percentage owned and reported by the assembly, bound to N79173.</summary>
    private Task<int> BoundIndicatorAsync(string name) => app.WithDbAsync(DemoUsers.Halland, async db =>
    {
        var rf = await db.OrgUnits.SingleAsync(u => u.ParentId == null);
        var indicator = new Indicator
        {
            OrganisationId = rf.OrganisationId, Name = name, MeasureUnit = "%", Decimals = 1, ByGender = true,
            Periodicity = Periodicity.Year, OwnerUnitId = rf.Id, Source = IndicatorSource.Kolada, KoladaKpiId = "N79173",
        };
        indicator.Adoptions.Add(new IndicatorAdoption { OrganisationId = rf.OrganisationId, OrgUnitId = rf.Id });
        db.Indicators.Add(indicator);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == rf.OrganisationId);
        organisation.KoladaId = "0013";
        organisation.KoladaPeerIds = "0010,0000";
        await db.SaveChangesAsync();
        return indicator.Id;
    });

    [Fact]
    public async Task Central_staff_set_the_organisations_Kolada_id_and_peers_and_bad_ids_are_refused()
    {
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var bad = await controller.SubmitFormAsync("/Kolada", new() { ["Input.KoladaId"] = "13", ["Input.PeerIds"] = "0010" }, "form[action*=Settings]");
        var page = await AppClient.ParseAsync(bad);
        Assert.Contains("fyra siffror", page.QuerySelector("#Input_KoladaId-error")!.TextContent);

        var good = await controller.SubmitFormAsync("/Kolada", new() { ["Input.KoladaId"] = "0013", ["Input.PeerIds"] = "0010, 0000" }, "form[action*=Settings]");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var organisation = await app.WithDbAsync(DemoUsers.Halland, db => db.Organisations.SingleAsync(o => o.Name == DemoUsers.Halland));
        Assert.Equal(("0013", "0010,0000"), (organisation.KoladaId, organisation.KoladaPeerIds));
    }

    [Fact]
    public async Task Readers_and_committee_editors_may_not_change_settings_or_fetch()
    {
        var indicator = await BoundIndicatorAsync("Bedömning inom tre dagar (läsartest)");
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var token = await editor.AntiforgeryTokenAsync("/Goals/Create?year=" + DateTime.Now.Year);

        var settings = await editor.PostAsync("/Kolada?handler=Settings", [new("__RequestVerificationToken", token), new("Input.KoladaId", "0001")]);
        var fetch = await editor.PostAsync($"/Kolada?handler=Fetch&indicatorId={indicator}", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fetch.StatusCode);
        var organisation = await app.WithDbAsync(DemoUsers.Halland, db => db.Organisations.SingleAsync(o => o.Name == DemoUsers.Halland));
        Assert.NotEqual("0001", organisation.KoladaId);
        Assert.Equal(0, await app.WithDbAsync(DemoUsers.Halland, db => db.IndicatorValues.CountAsync(v => v.IndicatorId == indicator)));
    }

    [Fact]
    public async Task A_KPI_found_by_title_is_bound_to_an_indicator_and_several_may_share_it()
    {
        var first = await BoundIndicatorAsync("Bedömning inom tre dagar (bindning 1)");
        var second = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var indicator = await db.Indicators.Include(i => i.Adoptions).SingleAsync(i => i.Id == first);
            var copy = new Indicator { OrganisationId = indicator.OrganisationId, Name = "Bedömning (HSN:s egen)", OwnerUnitId = indicator.OwnerUnitId };
            db.Indicators.Add(copy);
            await db.SaveChangesAsync();
            return copy.Id;
        });
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var search = await admin.GetDocumentAsync("/Kolada/Search?Title=bed%C3%B6mning");
        Assert.Contains("N79173", search.QuerySelector("main h3")!.TextContent);
        var response = await admin.SubmitFormAsync("/Kolada/Search?Title=bed%C3%B6mning", new() { ["indicatorId"] = second.ToString() }, "main form[method=post]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var bound = await app.WithDbAsync(DemoUsers.Halland, db => db.Indicators.Where(i => i.KoladaKpiId == "N79173").Select(i => i.Id).ToListAsync());
        Assert.Contains(first, bound);
        Assert.Contains(second, bound);
    }

    [Fact]
    public async Task Fetching_stores_own_and_peer_figures_and_the_comparison_shows_them_side_by_side()
    {
        var indicator = await BoundIndicatorAsync("Bedömning inom tre dagar (hämtning)");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var before = DateTime.UtcNow;

        var response = await admin.SubmitFormAsync("/Kolada", [], $"form[action*='indicatorId={indicator}']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Three places × four years × three gender rows, fetched now (the demo's own figures stay for other places).
        Assert.Equal(36, await app.WithDbAsync(DemoUsers.Halland, db =>
            db.KoladaValues.CountAsync(v => v.KpiId == "N79173" && v.FetchedAt >= before)));
        var own = await app.WithDbAsync(DemoUsers.Halland, db => db.IndicatorValues
            .Where(v => v.IndicatorId == indicator && v.Year == LastYear).ToListAsync());
        Assert.Equal(3, own.Count);
        Assert.All(own, v => Assert.Equal(IndicatorSource.Kolada, v.Source));
        Assert.Equal(FakeKoladaServer.FigureOf("0013", LastYear, "T"), own.Single(v => v.Gender == Gender.Total).Value);

        var compare = await admin.GetDocumentAsync($"/Kolada/Compare/{indicator}");
        var rows = compare.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Equal(["Region Halland (egen)", "Region Blekinge", "Riket"], rows);
        var expected = FakeKoladaServer.FigureOf("0010", LastYear, "T").ToString("N1", System.Globalization.CultureInfo.GetCultureInfo("sv-SE")) + " %";
        Assert.Contains(expected, compare.QuerySelectorAll("table")[0].TextContent);
        Assert.Contains("Källa: Kolada", compare.Body!.TextContent);
    }

    [Fact]
    public async Task A_failing_Kolada_gives_a_clear_message_and_changes_nothing()
    {
        var indicator = await BoundIndicatorAsync("Bedömning inom tre dagar (fel)");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        app.Kolada.Failing = true;
        try
        {
            var response = await admin.SubmitFormAsync("/Kolada", [], $"form[action*='indicatorId={indicator}']");

            var page = await AppClient.ParseAsync(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Kolada svarade 500", page.QuerySelector(".error-summary")!.TextContent);
            Assert.Equal(0, await app.WithDbAsync(DemoUsers.Halland, db => db.IndicatorValues.CountAsync(v => v.IndicatorId == indicator)));
        }
        finally
        {
            app.Kolada.Failing = false;
        }
    }
}
