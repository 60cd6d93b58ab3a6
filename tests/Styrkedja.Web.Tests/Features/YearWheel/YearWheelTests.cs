using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.YearWheel;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.YearWheel;

/// <summary>/YearWheel: generating the year's calendar, the wheel and the list, and editing items.</summary>
public class YearWheelTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly string[] MonthNames =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    [Fact]
    public async Task Generating_adds_one_item_per_step_and_month_with_the_last_day_clamped_and_twice_adds_nothing()
    {
        var year = WheelTestData.NextYear;
        var steps = await app.WithDbAsync(DemoUsers.Blekinge, async db =>
        {
            db.ProcessSteps.Add(new ProcessStep
            {
                OrganisationId = (await db.Organisations.SingleAsync(o => o.Name == DemoUsers.Blekinge)).Id,
                Name = "Månadsslut", Months = "2,4,12", Day = 31, Body = ProcessBody.RegionalStaff,
            });
            await db.SaveChangesAsync();
            return await db.ProcessSteps.AsNoTracking().ToListAsync();
        });
        using var controller = await app.LoginAsync(DemoUsers.BlekingeController);
        var token = await controller.AntiforgeryTokenAsync("/YearWheel?year=" + year);

        var first = await controller.PostAsync($"/YearWheel?handler=Generate&year={year}", [new("__RequestVerificationToken", token)]);
        var again = await controller.PostAsync($"/YearWheel?handler=Generate&year={year}", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var items = await app.WithDbAsync(DemoUsers.Blekinge, db =>
            db.YearWheelItems.AsNoTracking().Where(i => i.PlanningYear!.Year == year).ToListAsync());
        Assert.Equal(steps.Sum(s => s.MonthList.Count), items.Count);
        var monthEnds = items.Where(i => i.Name == "Månadsslut").Select(i => i.Date).Order().ToList();
        Assert.Equal([new DateOnly(year, 2, DateTime.DaysInMonth(year, 2)), new DateOnly(year, 4, 30), new DateOnly(year, 12, 31)], monthEnds);

        var page = await controller.GetDocumentAsync("/YearWheel?year=" + year);
        var svg = page.QuerySelector("svg[role=img]")!;
        var labels = svg.QuerySelectorAll("text.month").Select(t => t.TextContent).ToList();
        Assert.Equal(MonthNames, labels);
        Assert.Equal(items.Count, svg.QuerySelectorAll("circle.marker").Length);
        Assert.Equal(items.Count, page.QuerySelectorAll("table.wheel-list tbody tr").Length);
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.All(svg.QuerySelectorAll("a"), a => Assert.NotNull(page.QuerySelector(a.GetAttribute("href")!)));
        Assert.Contains("ring 1 utifrån, mörkblå", page.QuerySelector(".wheel-legend")!.TextContent);
    }

    [Fact]
    public void States_read_coming_due_done_and_late()
    {
        var today = new DateOnly(2027, 3, 10);
        YearWheelItem Item(DateOnly date, DateOnly? done = null) => new() { Name = "x", Date = date, DoneOn = done };

        Assert.Equal(YearWheelState.Coming, Item(today.AddDays(15)).StateOn(today));
        Assert.Equal(YearWheelState.Due, Item(today.AddDays(14)).StateOn(today));
        Assert.Equal(YearWheelState.Due, Item(today).StateOn(today));
        Assert.Equal(YearWheelState.Late, Item(today.AddDays(-1)).StateOn(today));
        Assert.Equal(YearWheelState.Done, Item(today.AddDays(-1), today).StateOn(today));
    }

    [Fact]
    public async Task The_list_shows_state_in_words_and_encodes_a_script_in_a_name()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var late = await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "<script>alert(1)</script>", today.DayOfYear > 1 ? today.AddDays(-1) : today);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var html = await (await reader.Http.GetAsync($"/YearWheel?year={late.Date.Year}")).Content.ReadAsStringAsync();
        var page = await AppClient.ParseAsync(html);

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var row = page.GetElementById($"item-{late.Id}")!;
        Assert.Equal("<script>alert(1)</script>", row.QuerySelector("th")!.FirstChild!.TextContent.Trim());
        Assert.Contains(late.Date < today ? "Sen" : "Snart", row.QuerySelector(".wheel-state")!.TextContent);
        Assert.Null(page.QuerySelector("form[action*=Generate]"));
    }

    [Fact]
    public async Task A_date_outside_the_year_or_malformed_is_refused_and_nothing_is_saved()
    {
        var item = await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "Datumprov", new DateOnly(WheelTestData.NextYear, 5, 5));
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        foreach (var date in new[] { $"{WheelTestData.NextYear + 1}-01-10", "2027-13-45" })
        {
            var response = await controller.SubmitFormAsync($"/YearWheel/Edit/{item.Id}", new() { ["Input.Date"] = date });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace((await AppClient.ParseAsync(response)).GetElementById("Input_Date-error")?.TextContent));
        }
        Assert.Equal(item.Date, (await WheelTestData.ItemAsync(app, DemoUsers.Halland, item.Id))!.Date);
    }

    [Fact]
    public async Task Moving_an_item_is_audited_and_a_second_save_from_an_old_form_is_a_conflict()
    {
        var item = await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "Konfliktprov", new DateOnly(WheelTestData.NextYear, 6, 1));
        using var first = await app.LoginAsync(DemoUsers.HallandController);
        using var second = await app.LoginAsync(DemoUsers.HallandAdmin);
        var url = $"/YearWheel/Edit/{item.Id}";
        var (action, stale) = await second.ReadFormAsync(url);

        var saved = await first.SubmitFormAsync(url, new() { ["Input.Date"] = $"{WheelTestData.NextYear}-06-20" });
        var conflict = await second.PostAsync(action, [.. stale.Where(v => v.Key != "Input.Name"), new("Input.Name", "Skriver över")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("har ändrats av", (await AppClient.ParseAsync(conflict)).QuerySelector(".error-summary")!.TextContent);
        var now = (await WheelTestData.ItemAsync(app, DemoUsers.Halland, item.Id))!;
        Assert.Equal(new DateOnly(WheelTestData.NextYear, 6, 20), now.Date);
        Assert.Equal("Konfliktprov", now.Name);
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == "YearWheelItem" && a.EntityId == item.Id.ToString() && a.Action == AuditAction.Modified)));
    }

    [Fact]
    public async Task Marking_done_and_deleting_work_for_the_controller()
    {
        var item = await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "Klarprov", new DateOnly(WheelTestData.NextYear, 2, 2));
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var token = await controller.AntiforgeryTokenAsync($"/YearWheel?year={WheelTestData.NextYear}");

        var done = await controller.PostAsync("/YearWheel?handler=Done",
            [new("__RequestVerificationToken", token), new("id", item.Id.ToString()), new("version", item.Version.ToString()), new("done", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.NotNull((await WheelTestData.ItemAsync(app, DemoUsers.Halland, item.Id))!.DoneOn);
        var delete = await controller.SubmitFormAsync($"/YearWheel/Edit/{item.Id}", [], "form[action*=Delete]");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Null(await WheelTestData.ItemAsync(app, DemoUsers.Halland, item.Id));
    }

    [Theory]
    [InlineData(DemoUsers.HallandReader)]
    [InlineData(DemoUsers.HallandEditorHsn)]
    public async Task Readers_and_unit_editors_get_403_on_the_calendar_even_with_a_crafted_post(string email)
    {
        var item = await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "Skyddad post", new DateOnly(WheelTestData.NextYear, 3, 3));
        using var client = await app.LoginAsync(email);
        var token = await client.AntiforgeryTokenAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/YearWheel/Edit/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/YearWheel/Create?year={WheelTestData.NextYear}")).StatusCode);
        var crafted = await client.PostAsync($"/YearWheel/Edit/{item.Id}",
        [
            new("__RequestVerificationToken", token), new("Input.Name", "Kapad"), new("Input.Date", $"{WheelTestData.NextYear}-03-04"),
            new("Input.Body", "Board"), new("Input.Produces", "Other"), new("Input.Version", item.Version.ToString()),
        ]);
        var generate = await client.PostAsync($"/YearWheel?handler=Generate&year={WheelTestData.NextYear}", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, generate.StatusCode);
        Assert.Equal("Skyddad post", (await WheelTestData.ItemAsync(app, DemoUsers.Halland, item.Id))!.Name);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected_and_another_organisations_item_is_not_found()
    {
        var item = await WheelTestData.AddItemAsync(app, DemoUsers.Blekinge, "Blekinges post", new DateOnly(WheelTestData.NextYear, 3, 3));
        var own = await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "Hallands post", new DateOnly(WheelTestData.NextYear, 3, 3));
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        Assert.Equal(HttpStatusCode.NotFound, (await controller.Http.GetAsync($"/YearWheel/Edit/{item.Id}")).StatusCode);
        var (action, values) = await controller.ReadFormAsync($"/YearWheel/Edit/{own.Id}");
        var noToken = await controller.PostAsync(action, [.. values.Where(v => v.Key != "__RequestVerificationToken"), new("Input.Name", "Utan token")]);

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal("Hallands post", (await WheelTestData.ItemAsync(app, DemoUsers.Halland, own.Id))!.Name);
    }

    [Fact]
    public async Task A_budget_decision_item_links_to_next_years_budget()
    {
        var year = WheelTestData.NextYear;
        var itemId = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var planningYear = await db.PlanningYears.SingleAsync(y => y.Year == year);
            var item = new YearWheelItem
            {
                OrganisationId = planningYear.OrganisationId, PlanningYearId = planningYear.Id, Name = "Budgetprov",
                Date = new DateOnly(year, 11, 20), Body = ProcessBody.Assembly, Produces = ProcessOutput.BudgetDecision,
            };
            db.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var row = (await reader.GetDocumentAsync($"/YearWheel?year={year}")).GetElementById($"item-{itemId}")!;

        var link = Assert.Single(row.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Economy/Budget?year={year + 1}");
        Assert.Equal($"Budgetförslag och ramar för {year + 1}", link.TextContent.Trim());
    }

    [Fact]
    public async Task A_report_round_item_links_to_its_round()
    {
        var year = WheelTestData.NextYear;
        var (itemId, roundId) = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var planningYear = await db.PlanningYears.SingleAsync(y => y.Year == year);
            var type = await db.ReportTypes.OrderBy(t => t.Id).FirstAsync();
            var round = new ReportRound
            {
                OrganisationId = planningYear.OrganisationId, ReportTypeId = type.Id, PlanningYearId = planningYear.Id, Month = 4,
                DueOn = new DateOnly(year, 5, 15),
            };
            var item = new YearWheelItem
            {
                OrganisationId = planningYear.OrganisationId, PlanningYearId = planningYear.Id, Name = "Rapportprov",
                Date = new DateOnly(year, 5, 20), Body = ProcessBody.Board, Produces = ProcessOutput.ReportRound, ReportTypeId = type.Id,
            };
            db.AddRange(round, item);
            await db.SaveChangesAsync();
            return (item.Id, round.Id);
        });
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var row = (await reader.GetDocumentAsync($"/YearWheel?year={year}")).GetElementById($"item-{itemId}")!;

        Assert.Contains(row.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Reports/Rounds/Details/{roundId}");
    }
}
