using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Features.Reports.Consolidated;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>/Reports/Consolidated/{id} and the region text's edit page /Reports/Consolidated/Summary/{id}.</summary>
public class ConsolidatedPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static string Page(int id) => $"/Reports/Consolidated/{id}";
    private static string SummaryPage(int id) => $"/Reports/Consolidated/Summary/{id}";

    private Task<string> StoredSummaryAsync(int id) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.ReportRounds.Where(r => r.Id == id).Select(r => r.Summary).SingleAsync());

    [Fact]
    public async Task A_reader_sees_the_tables_the_chart_and_the_missing_reports()
    {
        var round = await app.ArrangeRoundAsync(21);
        var expected = await app.WithDbAsync(DemoUsers.Halland, async db =>
            await ConsolidationReader.ReadAsync(db, (await ConsolidatedAccess.RoundAsync(db, round.Id))!));
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync(Page(round.Id));

        Assert.Equal(round.Title, page.QuerySelector("h1")!.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
        var chart = page.QuerySelector("svg[role=img]")!;
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.Equal(8, chart.QuerySelectorAll("rect").Length);
        Assert.All(page.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(page.QuerySelectorAll("th"), th => Assert.True(th.HasAttribute("scope")));
        // The level table's total row carries the organisation's counts at period end.
        var totalRow = page.QuerySelectorAll("table").First().QuerySelector("tfoot tr")!;
        Assert.Equal(expected.Total.AtPeriodEnd.Total.ToString(), totalRow.QuerySelectorAll("td").Last().TextContent);
        Assert.Equal(expected.Missing.Count, page.QuerySelectorAll("#missing tbody tr").Length);
        Assert.Equal(expected.Economy.Count, page.QuerySelectorAll("#economy tbody tr").Length);
        foreach (var summary in expected.Summaries)
            Assert.Contains(page.QuerySelectorAll("h3"), h => h.TextContent == summary.UnitName);
        // A reader may not edit the region text, so is not offered the link.
        Assert.Null(page.QuerySelector($"a[href='{SummaryPage(round.Id)}']"));
    }

    [Fact]
    public async Task A_user_without_read_on_the_root_is_forbidden_and_another_organisation_finds_nothing()
    {
        var round = await app.ArrangeRoundAsync(22);
        string[] urls = [Page(round.Id), SummaryPage(round.Id), $"/Reports/Consolidated/Export/{round.Id}?format=docx", $"/Reports/Consolidated/Assessments/{round.Id}"];
        using var nobody = await app.LoginWithoutRolesAsync();
        foreach (var url in urls)
            Assert.Equal(HttpStatusCode.Forbidden, (await nobody.Http.GetAsync(url)).StatusCode);

        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeAdmin);
        foreach (var url in urls)
            Assert.Equal(HttpStatusCode.NotFound, (await blekinge.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_controller_writes_the_region_text_and_it_is_audited()
    {
        var round = await app.ArrangeRoundAsync(23);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        Assert.NotNull((await controller.GetDocumentAsync(Page(round.Id))).QuerySelector($"a[href='{SummaryPage(round.Id)}']"));

        var response = await controller.SubmitFormAsync(SummaryPage(round.Id), new() { ["Input.Summary"] = "Regionen **håller** budget. <script>alert('x')</script>" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Page(round.Id), response.Headers.Location?.ToString());
        Assert.StartsWith("Regionen **håller** budget.", await StoredSummaryAsync(round.Id));

        var html = await (await controller.Http.GetAsync(Page(round.Id))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert('x')</script>", html);
        var page = await AppClient.ParseAsync(html);
        Assert.Equal("håller", page.QuerySelector("#region-text strong")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("#region-text script"));

        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.EntityType == "ReportRound" && a.EntityId == round.Id.ToString() && a.Action == Web.Domain.AuditAction.Modified).ToListAsync());
        Assert.Contains(audit, a => a.After!.Contains("Regionen") && a.UserName.Length > 0);
    }

    [Fact]
    public async Task An_editor_of_one_committee_may_not_write_the_region_text_even_with_a_crafted_post()
    {
        var round = await app.ArrangeRoundAsync(24);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync(SummaryPage(round.Id))).StatusCode);
        var version = await app.WithDbAsync(DemoUsers.Halland, db => db.ReportRounds.Where(r => r.Id == round.Id).Select(r => r.Version).SingleAsync());
        var response = await editor.PostAsync(SummaryPage(round.Id),
            [new("__RequestVerificationToken", await editor.AntiforgeryTokenAsync()), new("Input.Summary", "Kapad"), new("Input.Version", version.ToString())]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("", await StoredSummaryAsync(round.Id));
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var round = await app.ArrangeRoundAsync(25);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var response = await controller.PostAsync(SummaryPage(round.Id), [new("Input.Summary", "Utan token"), new("Input.Version", "1")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("", await StoredSummaryAsync(round.Id));
    }

    [Fact]
    public async Task A_too_long_text_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var round = await app.ArrangeRoundAsync(26);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var response = await controller.SubmitFormAsync(SummaryPage(round.Id), new() { ["Input.Summary"] = new string('x', 50001) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("högst 50000 tecken", page.QuerySelector("#Input_Summary-error")?.TextContent);
        Assert.Equal("", await StoredSummaryAsync(round.Id));
    }

    [Fact]
    public async Task Two_controllers_saving_the_same_text_the_second_gets_the_conflict_and_overwrites_nothing()
    {
        var round = await app.ArrangeRoundAsync(27);
        using var first = await app.LoginAsync(DemoUsers.HallandController);
        using var second = await app.LoginAsync(DemoUsers.HallandAdmin);
        var (firstAction, firstValues) = await first.ReadFormAsync(SummaryPage(round.Id));
        var (secondAction, secondValues) = await second.ReadFormAsync(SummaryPage(round.Id));

        static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> values, string text) =>
            [.. values.Where(v => v.Key != "Input.Summary"), new("Input.Summary", text)];
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(firstAction, With(firstValues, "Först"))).StatusCode);
        var response = await second.PostAsync(secondAction, With(secondValues, "Sist"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("har ändrats av", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Först", await StoredSummaryAsync(round.Id));
    }
}
