using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Audit;

public class AuditPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Controller = "Carl Controller (Halland)";

    private static string History(int goalId) => $"/Audit/History?type=Goal&id={goalId}";

    private static async Task RenameAsync(AppClient client, int goalId, string title)
    {
        var response = await client.SubmitFormAsync($"/Goals/Edit/{goalId}", new() { ["Input.Title"] = title });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string Words(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Column(IHtmlDocument page, int column) =>
        page.QuerySelectorAll("main table tbody tr").Select(r => r.QuerySelectorAll("td")[column].TextContent.Trim());

    [Fact]
    public async Task A_goals_history_shows_the_changed_field_before_and_after_and_who_changed_it()
    {
        var goal = await app.GoalAsync(DemoUsers.Halland, "Fler resor med kollektivtrafik");
        using (var controller = await app.LoginAsync(DemoUsers.HallandController))
            await RenameAsync(controller, goal.Id, "Fler resor med buss och tåg");
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await reader.GetDocumentAsync(History(goal.Id));

        Assert.Equal("Historik: Fler resor med buss och tåg", page.QuerySelector("h1")!.TextContent);
        var newest = page.QuerySelector("main table tbody tr")!;
        var cells = newest.QuerySelectorAll("td");
        Assert.Equal(Controller, cells[1].TextContent);
        Assert.Equal("Ändrad: Mål", cells[2].TextContent);
        // Only the title changed: bookkeeping (Version, UpdatedAt …) is not shown.
        var change = Assert.Single(cells[3].QuerySelectorAll("li"));
        Assert.Equal("Titel:", change.QuerySelector(".field-name")!.TextContent);
        Assert.Equal("Fler resor med kollektivtrafik", change.QuerySelector(".diff-before")!.TextContent);
        Assert.Equal("Fler resor med buss och tåg", change.QuerySelector(".diff-after")!.TextContent);
        Assert.Contains("→", change.TextContent);
        // The creation and its link upward, named by the linked goal's title.
        Assert.Contains("Skapad: Mål", Column(page, 2));
        var link = page.QuerySelectorAll("main table tbody tr").Single(r => r.QuerySelectorAll("td")[2].TextContent == "Skapad: Mållänk");
        Assert.Equal("Bidrar till: Hållbar tillväxt i hela Halland", Words(link.QuerySelector("li")!.TextContent));
    }

    [Fact]
    public async Task A_script_typed_into_a_title_comes_back_encoded_in_the_history()
    {
        var goal = await app.GoalAsync(DemoUsers.Halland, "Säkrad kompetensförsörjning");
        const string evil = "<script>alert('x')</script>";
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        await RenameAsync(controller, goal.Id, evil);

        var response = await controller.Http.GetAsync(History(goal.Id));
        var html = await response.Content.ReadAsStringAsync();
        var page = await AppClient.ParseAsync(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Historik: " + evil, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(evil, page.QuerySelector("main .diff-after")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task A_deleted_goal_keeps_its_history_named_from_the_last_snapshot()
    {
        var goal = await app.UnassessedGoalAsync(DemoUsers.Halland, "Ökat resande med Hallandstrafiken");
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        Assert.Equal(HttpStatusCode.Redirect, (await controller.SubmitFormAsync($"/Goals/Delete/{goal.Id}", new())).StatusCode);

        var page = await controller.GetDocumentAsync(History(goal.Id));

        Assert.Equal("Historik: Ökat resande med Hallandstrafiken", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Borttagen: Mål", Column(page, 2));
        Assert.Contains("Borttagen: Mållänk", Column(page, 2));
    }

    [Fact]
    public async Task A_units_history_includes_its_grunduppdrag()
    {
        var hsn = await app.UnitIdAsync(DemoUsers.Halland, "Hälso- och sjukvårdsnämnden");
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await reader.GetDocumentAsync($"/Audit/History?type=OrgUnit&id={hsn}");

        Assert.Equal("Historik: Hälso- och sjukvårdsnämnden", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Skapad: Enhet", Column(page, 2));
        Assert.Contains("Skapad: Grunduppdrag", Column(page, 2));
    }

    [Fact]
    public async Task Another_organisations_subject_and_an_unknown_subject_are_not_found()
    {
        var goal = await app.GoalAsync(DemoUsers.Halland, "Attraktiv arbetsgivare");
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await blekinge.Http.GetAsync(History(goal.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await blekinge.Http.GetAsync("/Audit/History?type=Goal&id=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await blekinge.Http.GetAsync("/Audit/History")).StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.HallandReader)]
    [InlineData(DemoUsers.HallandEditorHsn)]
    [InlineData(DemoUsers.HallandController)]
    public async Task The_change_log_is_forbidden_for_non_administrators(string email)
    {
        using var client = await app.LoginAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/Audit")).StatusCode);
    }

    [Fact]
    public async Task The_change_log_lists_entries_newest_first_with_links_to_their_history()
    {
        var goal = await app.GoalAsync(DemoUsers.Halland, "Tillgänglig och jämlik hälsa och vård");
        using (var controller = await app.LoginAsync(DemoUsers.HallandController))
            await RenameAsync(controller, goal.Id, "Tillgänglig och jämlik vård");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var page = await admin.GetDocumentAsync("/Audit");

        var first = page.QuerySelector("main table tbody tr")!;
        Assert.Equal(Controller, first.QuerySelectorAll("td")[1].TextContent);
        var link = first.QuerySelector("a")!;
        Assert.Equal(History(goal.Id), link.GetAttribute("href"));
        Assert.Equal("Mål: Tillgänglig och jämlik vård", link.TextContent);
    }

    [Fact]
    public async Task Filtering_by_user_narrows_the_log_to_that_users_changes()
    {
        var goal = await app.GoalAsync(DemoUsers.Halland, "Ökad psykisk hälsa bland unga");
        using (var controller = await app.LoginAsync(DemoUsers.HallandController))
            await RenameAsync(controller, goal.Id, "Ökad psykisk hälsa hos unga");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var all = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.CountAsync());
        var own = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.CountAsync(a => a.UserName == Controller));

        var page = await admin.GetDocumentAsync("/Audit?user=" + Uri.EscapeDataString(Controller));

        Assert.InRange(own, 1, Math.Min(all - 1, 50));
        Assert.Equal(Enumerable.Repeat(Controller, own), Column(page, 1));
        Assert.Equal(Controller, page.QuerySelector("#user option[selected]")!.TextContent);
    }

    [Fact]
    public async Task The_log_is_paged_by_fifty_with_page_links_that_keep_the_filter()
    {
        var total = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.CountAsync(a => a.UserName == "system"));
        Assert.True(total > 50, "The demo seed writes more than one page of entries.");
        var pages = (total + 49) / 50;
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var first = await admin.GetDocumentAsync("/Audit?user=system");
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await admin.GetDocumentAsync(next);

        Assert.Equal(50, Column(first, 0).Count());
        Assert.Equal("/Audit?user=system&p=2", next);
        Assert.Equal(Math.Min(50, total - 50), Column(second, 0).Count());
        Assert.Equal("2", second.QuerySelector("nav.pager a[aria-current=page]")!.TextContent);
        Assert.NotNull(second.QuerySelector("nav.pager a[rel=prev]"));
        Assert.Contains($"{total} ändringar. Sida 2 av {pages}.", second.QuerySelector("main [role=status]")!.TextContent);
    }

    [Fact]
    public async Task Filtering_by_date_uses_Swedish_days_and_refuses_a_range_that_ends_before_it_starts()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Stockholm"));
        var all = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.CountAsync());
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var fromToday = await admin.GetDocumentAsync($"/Audit?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        var fromTomorrow = await admin.GetDocumentAsync($"/Audit?from={today.AddDays(1):yyyy-MM-dd}");
        var reversed = await admin.GetDocumentAsync($"/Audit?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}");

        Assert.StartsWith($"{all} ändringar.", fromToday.QuerySelector("main [role=status]")!.TextContent);
        Assert.StartsWith("0 ändringar.", fromTomorrow.QuerySelector("main [role=status]")!.TextContent);
        Assert.Equal("Slutdatumet kan inte vara före startdatumet.", reversed.QuerySelector("#To-error")!.TextContent);
    }
}
