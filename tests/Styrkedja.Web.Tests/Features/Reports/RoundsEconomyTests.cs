using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.GovernanceModel;
using Styrkedja.Web.Tests.Features.Oversight;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>/Reports/Rounds/Economy: the controller's figures of an economy-only round.</summary>
public class RoundsEconomyTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Halland = DemoUsers.Halland;

    private async Task<(ReportRound Round, int Row, Report Report)> EconomyRoundAsync()
    {
        var type = await app.AddTypeAsync(Halland, "1,2", ReportWriters.None);
        var round = await app.OpenRoundAsync(Halland, type, 2, app.Today().AddDays(10));
        var report = round.ReportOf("Hälso- och sjukvårdsnämnden");
        return (round, round.Reports.OrderBy(r => r.OrgUnit!.Path, StringComparer.Ordinal).ToList().IndexOf(report), report);
    }

    [Fact]
    public async Task The_grid_saves_swedish_numbers_shows_them_with_the_deviation_and_audits_the_change()
    {
        var (round, row, report) = await EconomyRoundAsync();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var url = $"/Reports/Rounds/Economy/{round.Id}";
        var response = await controller.SubmitFormAsync(url, new()
        {
            [$"Rows[{row}].BudgetYear"] = "12 500", [$"Rows[{row}].BudgetToDate"] = "2 000,5",
            [$"Rows[{row}].OutcomeToDate"] = "−150", [$"Rows[{row}].ForecastYear"] = "13 000",
            [$"Rows[{row}].Comment"] = "<script>alert(1)</script>",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (saved, audited) = await app.WithDbAsync(Halland, async db => (await db.Reports.AsNoTracking().SingleAsync(r => r.Id == report.Id),
            await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Report) && a.EntityId == report.Id.ToString() && a.Action == AuditAction.Modified)));
        Assert.Equal(12500m, saved.BudgetYear);
        Assert.Equal(2000.5m, saved.BudgetToDate);
        Assert.Equal(-150m, saved.OutcomeToDate);
        Assert.Equal(13000m, saved.ForecastYear);
        Assert.True(audited);

        var html = await controller.Http.GetStringAsync($"/Reports/Rounds/Details/{round.Id}");
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var page = await AppClient.ParseAsync(html);
        var shown = page.QuerySelector($"#round-economy tr[data-report='{report.Id}']")!;
        Assert.Equal("−500", shown.QuerySelector(".deviation")!.TextContent.Trim());
        Assert.Contains("<script>", shown.TextContent);
    }

    [Fact]
    public async Task A_bad_number_is_shown_next_to_its_field_and_nothing_is_saved()
    {
        var (round, row, report) = await EconomyRoundAsync();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var response = await controller.SubmitFormAsync($"/Reports/Rounds/Economy/{round.Id}", new()
        {
            [$"Rows[{row}].BudgetYear"] = "100", [$"Rows[{row}].ForecastYear"] = "tolv",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("”tolv” är inte ett tal", page.QuerySelector($"#Rows_{row}__ForecastYear-error")!.TextContent);
        Assert.Equal("tolv", page.QuerySelector($"#Rows_{row}__ForecastYear")!.GetAttribute("value"));
        var saved = await app.WithDbAsync(Halland, db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == report.Id));
        Assert.Null(saved.BudgetYear);
    }

    [Fact]
    public async Task Two_controllers_saving_the_same_row_conflict_and_the_first_save_stands()
    {
        var (round, row, report) = await EconomyRoundAsync();
        var url = $"/Reports/Rounds/Economy/{round.Id}";
        using var first = await app.LoginAsync(DemoUsers.HallandController);
        using var second = await app.LoginAsync(DemoUsers.HallandAdmin);
        var (action, stale) = await second.ReadFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync(url, new() { [$"Rows[{row}].BudgetYear"] = "111" })).StatusCode);
        var response = await second.PostAsync(action, stale.With($"Rows[{row}].BudgetYear", "222"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("har ändrats av Carl Controller (Halland)", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal(111m, (await app.WithDbAsync(Halland, db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == report.Id))).BudgetYear);
    }

    [Fact]
    public async Task Editors_may_not_enter_the_figures_and_rounds_where_units_write_are_not_the_controllers_grid()
    {
        var (round, row, _) = await EconomyRoundAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        await editor.GetDocumentAsync($"/Reports/Rounds/Economy/{round.Id}", HttpStatusCode.Forbidden);
        var token = await AdminTestData.TokenOfNonAdministratorAsync(editor, DemoUsers.HallandEditorHsn);
        var crafted = await editor.PostAsync($"/Reports/Rounds/Economy/{round.Id}",
            [new("__RequestVerificationToken", token), new($"Rows[{row}].ReportId", round.Reports[0].Id.ToString()), new($"Rows[{row}].BudgetYear", "5")]);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);

        var writing = await app.OpenRoundAsync(Halland, await app.AddTypeAsync(Halland), 3, app.Today());
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var page = await controller.GetDocumentAsync($"/Reports/Rounds/Economy/{writing.Id}");
        Assert.NotNull(page.QuerySelector("#not-economy-only"));
        var token2 = await controller.AntiforgeryTokenAsync($"/Reports/Rounds/Create?year={app.Today().Year}");
        var post = await controller.PostAsync($"/Reports/Rounds/Economy/{writing.Id}", [new("__RequestVerificationToken", token2)]);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }
}
