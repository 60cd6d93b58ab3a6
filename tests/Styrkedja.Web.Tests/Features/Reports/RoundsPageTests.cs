using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports;
using Styrkedja.Web.Tests.Features.GovernanceModel;
using Styrkedja.Web.Tests.Features.Oversight;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>/Reports (the year's cycle and Mina rapporter), opening a round, and the round's dashboard.</summary>
public class RoundsPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Halland = DemoUsers.Halland;
    private const string Hsn = "Hälso- och sjukvårdsnämnden";
    private const string Run = "Regionala utvecklingsnämnden";

    private async Task<string> CreateUrlAsync(ReportType type, int month) =>
        $"/Reports/Rounds/Create?year={(await app.ThisYearAsync(Halland)).Year}&type={type.Id}&month={month}";

    [Fact]
    public async Task A_controller_opens_a_round_with_one_report_per_writing_unit_due_on_the_default_date_and_it_is_audited()
    {
        var type = await app.AddTypeAsync(Halland, "3,9", ReportWriters.CommitteesAndAdministrations);
        var year = await app.ThisYearAsync(Halland);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var url = await CreateUrlAsync(type, 9);

        var form = await controller.GetDocumentAsync(url);
        var expectedDue = ReportRules.DefaultDueOn(type, year.Year, 9);
        Assert.Equal(expectedDue.ToString("yyyy-MM-dd"), form.QuerySelector("#Input_DueOn")!.GetAttribute("value"));

        var response = await controller.SubmitFormAsync(url, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (round, units, audited) = await app.WithDbAsync(Halland, async db =>
        {
            var round = await db.ReportRounds.Include(r => r.Reports).SingleAsync(r => r.ReportTypeId == type.Id);
            var units = await db.OrgUnits.Where(u => u.ClosedOn == null
                && (u.Kind == OrgUnitKind.Styrelse || u.Kind == OrgUnitKind.Namnd || u.Kind == OrgUnitKind.Forvaltning)).Select(u => u.Id).ToListAsync();
            var audited = await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ReportRound) && a.EntityId == round.Id.ToString());
            return (round, units, audited);
        });
        Assert.Equal($"/Reports/Rounds/Details/{round.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(units.Order(), round.Reports.Select(r => r.OrgUnitId).Order());
        Assert.NotEmpty(round.Reports);
        Assert.All(round.Reports, r => Assert.Equal(expectedDue, r.DueOn));
        Assert.Equal(9, round.Month);
        Assert.True(audited);

        // The same period again is refused with a message, and no second round appears.
        var again = await controller.SubmitFormAsync(url, []);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var page = await AppClient.ParseAsync(again);
        Assert.Contains("är redan öppnad", page.QuerySelector("#Input_Month-error")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(Halland, db => db.ReportRounds.CountAsync(r => r.ReportTypeId == type.Id)));
    }

    [Fact]
    public async Task Committee_rounds_give_reports_to_styrelse_and_namnder_only_and_a_month_outside_the_type_is_refused()
    {
        var type = await app.AddTypeAsync(Halland, "4");
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var url = await CreateUrlAsync(type, 4);

        var wrongMonth = await AppClient.ParseAsync(await controller.SubmitFormAsync(url, new() { ["Input.Month"] = "5" }));
        Assert.Contains("Välj en av de månaderna", wrongMonth.QuerySelector("#Input_Month-error")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(Halland, db => db.ReportRounds.CountAsync(r => r.ReportTypeId == type.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await controller.SubmitFormAsync(url, [])).StatusCode);
        var kinds = await app.WithDbAsync(Halland, db => db.Reports.Where(r => r.Round!.ReportTypeId == type.Id).Select(r => r.OrgUnit!.Kind).ToListAsync());
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.True(k is OrgUnitKind.Styrelse or OrgUnitKind.Namnd));
    }

    [Fact]
    public async Task An_editor_may_not_open_a_round_even_with_a_crafted_post_and_a_post_without_token_is_rejected()
    {
        var type = await app.AddTypeAsync(Halland);
        var url = await CreateUrlAsync(type, 3);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        await editor.GetDocumentAsync(url, HttpStatusCode.Forbidden);
        var token = await AdminTestData.TokenOfNonAdministratorAsync(editor, DemoUsers.HallandEditorHsn);
        var crafted = await editor.PostAsync(url, [new("__RequestVerificationToken", token), new("Input.ReportTypeId", type.Id.ToString()),
            new("Input.Month", "3"), new("Input.DueOn", "2030-04-15")]);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);

        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var (action, values) = await controller.ReadFormAsync(url);
        var noToken = await controller.PostAsync(action, values.Where(v => v.Key != "__RequestVerificationToken"));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(Halland, db => db.ReportRounds.CountAsync(r => r.ReportTypeId == type.Id)));
    }

    [Fact]
    public async Task The_dashboard_flags_late_reports_in_text_counts_the_states_and_is_not_found_in_another_organisation()
    {
        var type = await app.AddTypeAsync(Halland);
        var round = await app.OpenRoundAsync(Halland, type, 3, app.Today().AddDays(-3));
        var submitted = round.ReportOf(Run);
        await app.UpdateAsync<Report>(Halland, submitted.Id, r => { r.State = ReportState.Submitted; r.SubmittedAt = DateTime.UtcNow; });

        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync($"/Reports/Rounds/Details/{round.Id}");
        var lateRow = page.QuerySelector($"tr[data-report='{round.ReportOf(Hsn).Id}']")!;
        Assert.Contains("⚠ Försenad", lateRow.QuerySelector(".late")!.TextContent);
        Assert.Equal("Ej påbörjad", lateRow.QuerySelector(".state")!.TextContent.Trim());
        Assert.Equal($"/Reports/Details/{round.ReportOf(Hsn).Id}", lateRow.QuerySelector("a")!.GetAttribute("href"));
        var submittedRow = page.QuerySelector($"tr[data-report='{submitted.Id}']")!;
        Assert.DoesNotContain("Försenad", submittedRow.QuerySelector(".late")!.TextContent);
        Assert.Equal("Inskickad: 1", page.QuerySelector("#progress li[data-state='Submitted']")!.TextContent.Trim());
        Assert.Contains($"{round.Reports.Count - 1} sena", page.QuerySelector("#progress li[data-state='Late']")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Reports/Consolidated/{round.Id}']"));
        // Readers see no reminder button.
        Assert.Null(page.QuerySelector("#remind-form"));

        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeController);
        await blekinge.GetDocumentAsync($"/Reports/Rounds/Details/{round.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_year_page_shows_opened_rounds_open_links_for_controllers_and_the_editors_own_reports()
    {
        var type = await app.AddTypeAsync(Halland, "3,9");
        var round = await app.OpenRoundAsync(Halland, type, 3, app.Today().AddDays(10));
        var year = (await app.ThisYearAsync(Halland)).Year;

        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var page = await controller.GetDocumentAsync($"/Reports?year={year}");
        var section = page.QuerySelector($"#type-{type.Id}")!;
        Assert.NotNull(section.QuerySelector($"tr[data-month='3'] a[href='/Reports/Rounds/Details/{round.Id}']"));
        Assert.Contains("Ej påbörjad", section.QuerySelector("tr[data-month='3']")!.TextContent);
        Assert.NotNull(section.QuerySelector($"tr[data-month='9'] a[href='/Reports/Rounds/Create?year={year}&type={type.Id}&month=9']"));

        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var mine = await editor.GetDocumentAsync($"/Reports?year={year}");
        Assert.NotNull(mine.QuerySelector($"#my-reports-table a[href='/Reports/Details/{round.ReportOf(Hsn).Id}']"));
        Assert.Null(mine.QuerySelector($"#my-reports-table a[href='/Reports/Details/{round.ReportOf(Run).Id}']"));
        Assert.Null(mine.QuerySelector($"#type-{type.Id} a[href*='/Reports/Rounds/Create']"));
    }
}
