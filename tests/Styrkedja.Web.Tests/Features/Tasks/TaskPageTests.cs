using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Tasks;
using Styrkedja.Web.Tests.Features.Oversight;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Tasks;

/// <summary>/Tasks (Mina uppgifter) and its summary on the start page.</summary>
public class TaskPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Halland = DemoUsers.Halland;

    private static IHtmlListItemElement? TaskLinkingTo(IHtmlDocument page, string url) =>
        page.QuerySelector($".task-list a[href='{url}']")?.Closest("li") as IHtmlListItemElement;

    private async Task<IHtmlDocument> TasksOfAsync(string email)
    {
        using var client = await app.LoginAsync(email);
        return await client.GetDocumentAsync("/Tasks");
    }

    [Fact]
    public async Task The_responsible_users_unfinished_activities_appear_flagged_when_late_and_done_ones_do_not()
    {
        var year = await app.ThisYearAsync(Halland);
        var today = app.Today();
        var unit = await app.WithDbAsync(Halland, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Name == "Hallands sjukhus"));
        var me = await app.UserIdAsync(DemoUsers.HallandEditorHsn);
        var late = await app.AddActivityAsync(Halland, year, unit.Id, "Min sena aktivitet", ActivityStatus.InProgress, today.AddDays(-4), me);
        var coming = await app.AddActivityAsync(Halland, year, unit.Id, "Min kommande aktivitet", ActivityStatus.NotStarted, today.AddDays(20), me);
        var done = await app.AddActivityAsync(Halland, year, unit.Id, "Min klara aktivitet", ActivityStatus.Done, today.AddDays(-4), me);
        var someoneElses = await app.AddActivityAsync(Halland, year, unit.Id, "Någon annans aktivitet", ActivityStatus.InProgress, today.AddDays(5),
            await app.UserIdAsync(DemoUsers.HallandEditorRun));

        var page = await TasksOfAsync(DemoUsers.HallandEditorHsn);
        var lateTask = TaskLinkingTo(page, $"/Activities/Details/{late.Id}")!;
        Assert.Contains("overdue", lateTask.ClassList);
        Assert.Contains("⚠ Försenad", lateTask.QuerySelector(".overdue-flag")!.TextContent);
        Assert.Equal($"Senast {today.AddDays(-4):yyyy-MM-dd}", lateTask.QuerySelector(".due")!.TextContent);
        Assert.Equal("Min sena aktivitet (Hallands sjukhus)", lateTask.QuerySelector("a")!.TextContent);
        var comingTask = TaskLinkingTo(page, $"/Activities/Details/{coming.Id}")!;
        Assert.Null(comingTask.QuerySelector(".overdue-flag"));
        Assert.Null(TaskLinkingTo(page, $"/Activities/Details/{done.Id}"));
        Assert.Null(TaskLinkingTo(page, $"/Activities/Details/{someoneElses.Id}"));

        // Sorted by due date: the late one comes before the coming one.
        var order = page.QuerySelectorAll(".task-list li").ToList();
        Assert.True(order.IndexOf(lateTask) < order.IndexOf(comingTask));
    }

    [Fact]
    public async Task Missing_values_of_the_last_finished_month_appear_for_editors_of_the_unit_only()
    {
        var today = app.Today();
        var lastMonth = today.AddMonths(-1);
        var hsn = await app.WithDbAsync(Halland, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Name == "Hälso- och sjukvårdsnämnden"));
        var unit = await app.AddUnitAsync(Halland, "Rapporterande mottagning", OrgUnitKind.Verksamhet, hsn.Id);
        async Task<Indicator> AdoptedAsync(string name, IndicatorSource source)
        {
            var indicator = await app.AddAsync(Halland, new Indicator
            {
                OrganisationId = hsn.OrganisationId, Name = name, OwnerUnitId = unit.Id, Scope = IndicatorScope.UnitOwn,
                Periodicity = Periodicity.Month, ResponsiblePerson = "Mia Mottagning", Source = source,
            });
            await app.AddAsync(Halland, new IndicatorAdoption { OrganisationId = hsn.OrganisationId, IndicatorId = indicator.Id, OrgUnitId = unit.Id });
            return indicator;
        }
        var visits = await AdoptedAsync("Besök per månad", IndicatorSource.Manual);
        var calls = await AdoptedAsync("Samtal per månad", IndicatorSource.Manual);
        await AdoptedAsync("Hämtas från Kolada", IndicatorSource.Kolada);
        Task ReportAsync(Indicator indicator) => app.AddAsync(Halland, new IndicatorValue
        {
            OrganisationId = hsn.OrganisationId, IndicatorId = indicator.Id, OrgUnitId = unit.Id, Year = lastMonth.Year,
            Period = lastMonth.Month, Gender = Gender.Total, Value = 42,
        });
        var url = $"/Values?unit={unit.Id}&year={lastMonth.Year}&month={lastMonth.Month}";
        var monthName = Styrkedja.Web.Infrastructure.ServiceRegistration.Swedish.DateTimeFormat.GetMonthName(lastMonth.Month);

        var editorsPage = await TasksOfAsync(DemoUsers.HallandEditorHsn);
        var task = TaskLinkingTo(editorsPage, url)!;
        Assert.Equal($"Rapportera värden för Rapporterande mottagning, {monthName} {lastMonth.Year} – 2 saknas", task.QuerySelector("a")!.TextContent);
        Assert.Equal($"Senast {ValueDueDates.DueFor(lastMonth.Year, lastMonth.Month):yyyy-MM-dd}", task.QuerySelector(".due")!.TextContent);
        // Only the two latest missing months of the unit are listed, however many are missing.
        Assert.InRange(editorsPage.QuerySelectorAll($".task-list a[href^='/Values?unit={unit.Id}&']").Length, 1, MyTasks.MissingPeriodsPerUnit);
        Assert.Null(TaskLinkingTo(await TasksOfAsync(DemoUsers.HallandEditorRun), url));

        await ReportAsync(visits);
        Assert.EndsWith("– 1 saknas", TaskLinkingTo(await TasksOfAsync(DemoUsers.HallandEditorHsn), url)!.QuerySelector("a")!.TextContent);
        await ReportAsync(calls);
        Assert.Null(TaskLinkingTo(await TasksOfAsync(DemoUsers.HallandEditorHsn), url));
    }

    [Fact]
    public async Task A_plan_in_preparation_appears_for_the_controller_and_not_for_an_editor()
    {
        var year = await app.ThisYearAsync(Halland);
        var hsn = await app.WithDbAsync(Halland, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Name == "Hälso- och sjukvårdsnämnden"));
        await app.AddPlanAsync(Halland, year, hsn.Id, PlanState.Decided);
        var plan = await app.AddPlanAsync(Halland, year, hsn.Id, PlanState.InPreparation);
        var draft = await app.AddPlanAsync(Halland, await NextYearAsync(), hsn.Id, PlanState.Draft);

        var controllersPage = await TasksOfAsync(DemoUsers.HallandController);
        var task = TaskLinkingTo(controllersPage, $"/Plans/Details/{plan.Id}")!;
        Assert.Equal($"Granska {plan.Title} (Hälso- och sjukvårdsnämnden, {year.Year})", task.QuerySelector("a")!.TextContent);
        Assert.Equal($"Senast {year.Year - 1}-12-31", task.QuerySelector(".due")!.TextContent);
        Assert.Contains("overdue", task.ClassList);
        Assert.Null(TaskLinkingTo(controllersPage, $"/Plans/Details/{draft.Id}"));
        Assert.Null(TaskLinkingTo(await TasksOfAsync(DemoUsers.HallandEditorHsn), $"/Plans/Details/{plan.Id}"));
    }

    [Fact]
    public void An_assembly_plan_is_due_by_the_end_of_the_models_decision_month_the_year_before()
    {
        Assert.Equal(new DateOnly(2026, 6, 30), MyTasks.ReviewDue(PlanKind.Assembly, 2027, 6));
        Assert.Equal(new DateOnly(2026, 11, 30), MyTasks.ReviewDue(PlanKind.Assembly, 2027, 11));
        Assert.Equal(new DateOnly(2026, 12, 31), MyTasks.ReviewDue(PlanKind.Committee, 2027, 6));
    }

    [Fact]
    public void Values_are_asked_for_ended_periods_due_this_year()
    {
        Assert.Equal(new DateOnly(2027, 1, 15), ValueDueDates.DueFor(2026, 12));
        // In January only last December's periods are due; in May the first tertial has ended too.
        Assert.Equal([(2025, 12)], ValueDueDates.Asked(Periodicity.Month, new DateOnly(2026, 1, 10)).Select(p => (p.Year, p.Period)));
        Assert.Equal([(2025, 3), (2026, 1)], ValueDueDates.Asked(Periodicity.Tertial, new DateOnly(2026, 5, 1)).Select(p => (p.Year, p.Period)));
        Assert.DoesNotContain(ValueDueDates.Asked(Periodicity.HalfYear, new DateOnly(2026, 6, 30)), p => p.Year == 2026);
    }

    [Fact]
    public async Task The_start_page_shows_the_count_and_the_first_five_tasks()
    {
        var year = await app.ThisYearAsync(Halland);
        var unit = await app.WithDbAsync(Halland, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Name == "Regional utveckling"));
        var me = await app.UserIdAsync(DemoUsers.HallandEditorRun);
        for (var i = 1; i <= 6; i++)
            await app.AddActivityAsync(Halland, year, unit.Id, $"Startsidans aktivitet {i}", ActivityStatus.InProgress, app.Today().AddDays(i), me);

        using var client = await app.LoginAsync(DemoUsers.HallandEditorRun);
        var all = (await client.GetDocumentAsync("/Tasks")).QuerySelectorAll(".task-list li").Length;
        var home = (await client.GetDocumentAsync("/")).QuerySelector("#my-tasks")!;
        Assert.True(all >= 6);
        Assert.Equal(5, home.QuerySelectorAll(".task-list li").Length);
        Assert.Equal($"Uppgifter att göra: {all}", home.QuerySelector(".task-count")!.TextContent);
        Assert.Equal("Alla mina uppgifter", home.QuerySelector("a[href='/Tasks']")!.TextContent);
    }

    [Fact]
    public async Task A_user_with_nothing_to_do_sees_the_empty_state()
    {
        var page = await TasksOfAsync(DemoUsers.BlekingeReader);
        Assert.Equal("Du har inga uppgifter just nu.", page.QuerySelector("#no-tasks")!.TextContent);
        Assert.Null(page.QuerySelector(".task-list"));
    }

    [Fact]
    public async Task Another_organisations_plans_never_appear()
    {
        var year = await app.ThisYearAsync(DemoUsers.Blekinge);
        var unit = await app.WithDbAsync(DemoUsers.Blekinge, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null));
        var plan = await app.AddPlanAsync(DemoUsers.Blekinge, year, unit.Id, PlanState.InPreparation, kind: PlanKind.Assembly);
        Assert.Null(TaskLinkingTo(await TasksOfAsync(DemoUsers.HallandController), $"/Plans/Details/{plan.Id}"));
        Assert.NotNull(TaskLinkingTo(await TasksOfAsync(DemoUsers.BlekingeController), $"/Plans/Details/{plan.Id}"));
    }

    [Fact]
    public Task Anonymous_users_are_sent_to_login() => app.AssertSendsAnonymousToLoginAsync("/Tasks");

    private Task<PlanningYear> NextYearAsync()
    {
        var next = app.Today().Year + 1;
        return app.WithDbAsync(Halland, db => db.PlanningYears.AsNoTracking().SingleAsync(y => y.Year == next));
    }
}
