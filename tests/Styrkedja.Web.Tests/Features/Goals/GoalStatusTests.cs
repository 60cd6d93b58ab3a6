using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Values;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Values.ValueTestData;

namespace Styrkedja.Web.Tests.Features.Goals;

/// <summary>Goal ↔ indicator links, the goal's rolled-up status and the manual assessment that overrides it.</summary>
public class GoalStatusTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly int Year = DateTime.Now.Year;

    /// <summary>A committee goal of this year owned by the unit, measured by the given indicators.</summary>
    private Task<int> GoalAsync(string title, string owner = Hsn, params int[] indicators) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == owner);
            var goal = new Goal
            {
                OrganisationId = unit.OrganisationId, Title = title, OwnerUnitId = unit.Id,
                PlanningYearId = await db.PlanningYears.Where(y => y.Year == Year).Select(y => y.Id).SingleAsync(),
                LevelId = await db.GoalLevels.Where(l => l.Name == "Nämndsmål").Select(l => l.Id).SingleAsync(),
            };
            db.Goals.Add(goal);
            await db.SaveChangesAsync();
            db.GoalIndicators.AddRange(indicators.Select(i => new GoalIndicator { OrganisationId = unit.OrganisationId, GoalId = goal.Id, IndicatorId = i }));
            await db.SaveChangesAsync();
            return goal.Id;
        });

    private Task RuleAsync(GoalStatusRule rule, int share = 75) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var model = await db.GovernanceModels.SingleAsync();
            (model.GoalStatusRule, model.GoalStatusSharePercent) = (rule, share);
            return await db.SaveChangesAsync();
        });

    /// <summary>A monthly percentage with a target of 90 for this year and a value in March.</summary>
    private async Task<int> MeasuredAsync(string name, decimal march, string reportedBy = Hsn)
    {
        var indicator = await app.IndicatorAsync(name, Periodicity.Month, reportedBy: reportedBy);
        await app.TargetAsync(indicator, Year, 90m);
        await app.ValueAsync(indicator, Year, 2, 80m, reportedBy);
        await app.ValueAsync(indicator, Year, 3, march, reportedBy);
        return indicator;
    }

    private static string GoalStatusText(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("#indicators-status + dl dd .status")!.TextContent.Trim();

    [Fact]
    public async Task An_editor_chooses_the_indicators_that_measure_a_goal_and_the_change_is_audited()
    {
        var first = await app.IndicatorAsync("Andel patienter med fast vårdkontakt", Periodicity.Month);
        var second = await app.IndicatorAsync("Andel med vårdplan inom 30 dagar", Periodicity.Month);
        var goal = await GoalAsync("Fler patienter har en fast vårdkontakt");
        var version = (await app.GoalAsync(DemoUsers.Halland, "Fler patienter har en fast vårdkontakt")).Version;
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await client.SubmitFormValuesAsync($"/Goals/Indicators/{goal}",
            [new("Input.IndicatorIds", first.ToString()), new("Input.IndicatorIds", second.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var linked = await app.WithDbAsync(DemoUsers.Halland, db => db.GoalIndicators.Where(l => l.GoalId == goal).Select(l => l.IndicatorId).ToListAsync());
        Assert.Equal([first, second], linked.Order());
        Assert.Equal(version + 1, (await app.GoalAsync(DemoUsers.Halland, "Fler patienter har en fast vårdkontakt")).Version);
        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.SubjectType == "Goal" && a.SubjectId == goal.ToString() && a.EntityType == nameof(GoalIndicator)).CountAsync());
        Assert.Equal(2, audit);
        var page = await client.GetDocumentAsync($"/Goals/Details/{goal}");
        Assert.NotNull(page.QuerySelector($"#indicators-status ~ table a[href='/Indicators/Details/{first}']"));
    }

    [Fact]
    public async Task Two_editors_changing_the_goals_indicators_at_once_the_second_gets_the_conflict()
    {
        var indicator = await app.IndicatorAsync("Andel samordnade individuella planer", Periodicity.Month);
        var goal = await GoalAsync("Fler samordnade planer");
        using var first = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var second = await app.LoginAsync(DemoUsers.HallandController);
        var (action, firstValues) = await first.ReadFormAsync($"/Goals/Indicators/{goal}");
        var (_, secondValues) = await second.ReadFormAsync($"/Goals/Indicators/{goal}");

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(action, [.. firstValues, new("Input.IndicatorIds", indicator.ToString())])).StatusCode);
        var response = await second.PostAsync(action, secondValues);

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("har ändrats av Hanna", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(DemoUsers.Halland, db => db.GoalIndicators.CountAsync(l => l.GoalId == goal)));
    }

    [Fact]
    public async Task With_all_met_one_close_indicator_makes_the_goal_close()
    {
        await RuleAsync(GoalStatusRule.AllMet);
        var met = await MeasuredAsync("Andel besök inom tre dagar", 95m);
        var close = await MeasuredAsync("Andel operation inom 90 dagar", 87m);
        var goal = await GoalAsync("Kortare väntan på operation", Hsn, met, close);
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync($"/Goals/Details/{goal}");

        Assert.Equal("◐ Nära målvärdet", GoalStatusText(page));
        var metRow = page.QuerySelector($"#indicators-status ~ table a[href='/Indicators/Details/{met}']")!.Closest("tr")!;
        Assert.Contains("mars " + Year + ": 95,0 %", metRow.TextContent);
        Assert.Contains("90,0 %", metRow.TextContent);
        Assert.Contains("Uppfyllt", metRow.TextContent);
        Assert.Contains("bättre än föregående period", metRow.TextContent);
        Assert.Contains("Uppfyllt när alla indikatorer är uppfyllda", page.QuerySelector("#indicators-status ~ p.meta")!.TextContent);
    }

    [Fact]
    public async Task With_share_met_half_the_indicators_met_is_enough_when_the_model_says_50_percent()
    {
        await RuleAsync(GoalStatusRule.ShareMet, 50);
        try
        {
            var met = await MeasuredAsync("Andel nöjda besökare", 92m);
            var notMet = await MeasuredAsync("Andel besvarade samtal", 40m);
            var goal = await GoalAsync("Bättre bemötande", Hsn, met, notMet);
            using var client = await app.LoginAsync(DemoUsers.HallandReader);

            var page = await client.GetDocumentAsync($"/Goals/Details/{goal}");

            Assert.Equal("✓ Uppfyllt", GoalStatusText(page));
            await RuleAsync(GoalStatusRule.ShareMet, 75);
            Assert.Equal("◐ Nära målvärdet", GoalStatusText(await client.GetDocumentAsync($"/Goals/Details/{goal}")));
        }
        finally
        {
            await RuleAsync(GoalStatusRule.AllMet);
        }
    }

    [Fact]
    public async Task An_indicator_the_owner_does_not_report_is_read_for_the_whole_organisation()
    {
        await RuleAsync(GoalStatusRule.AllMet);
        var regionWide = await MeasuredAsync("Andel invånare med förtroende för vården", 60m, "Regionfullmäktige");
        var goal = await GoalAsync("Ökat förtroende för vården", Hsn, regionWide);
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync($"/Goals/Details/{goal}");

        var row = page.QuerySelector($"#indicators-status ~ table a[href='/Indicators/Details/{regionWide}']")!.Closest("tr")!;
        Assert.Contains("Regionfullmäktige (hela organisationen)", row.TextContent);
        Assert.Equal("✗ Ej uppfyllt", GoalStatusText(page));
    }

    [Fact]
    public async Task A_manual_assessment_without_motivation_is_refused_and_nothing_is_saved()
    {
        var goal = await GoalAsync("Färre vårdskador");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await client.SubmitFormAsync($"/Goals/Assess/{goal}", new() { ["Input.Status"] = "Met", ["Input.Motivation"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Skriv en motivering till bedömningen.", page.QuerySelector("#Input_Motivation-error")!.TextContent.Trim());
        Assert.Contains("Input_Motivation-error", page.QuerySelector("#Input_Motivation")!.GetAttribute("aria-describedby"));
        Assert.False(await app.WithDbAsync(DemoUsers.Halland, db => db.GoalAssessments.AnyAsync(a => a.GoalId == goal)));
    }

    [Fact]
    public async Task A_manual_assessment_overrides_the_rolled_up_status_is_audited_and_can_be_removed()
    {
        await RuleAsync(GoalStatusRule.AllMet);
        var notMet = await MeasuredAsync("Andel journalgranskade vårdtillfällen", 30m);
        var goal = await GoalAsync("Säkrare vård", Hsn, notMet);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await client.SubmitFormAsync($"/Goals/Assess/{goal}", new()
        {
            ["Input.Status"] = "Close",
            ["Input.Motivation"] = "Granskningen ändrades i mars; <script>alert(1)</script>",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.Http.GetStringAsync($"/Goals/Details/{goal}");
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var page = await AppClient.ParseAsync(html);
        Assert.Equal("◐ Nära målvärdet", GoalStatusText(page));
        var manual = page.QuerySelector("#manual-assessment")!;
        Assert.Contains("Manuell bedömning", manual.TextContent);
        Assert.Contains("Granskningen ändrades i mars; <script>alert(1)</script>", manual.TextContent);
        Assert.Contains("Hanna", manual.TextContent);
        Assert.Contains(await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
                .Where(a => a.SubjectType == "Goal" && a.SubjectId == goal.ToString() && a.EntityType == nameof(GoalAssessment)).ToListAsync()),
            a => a.Action == AuditAction.Added && a.UserName.Contains("Hanna"));
        // The goal's history names the assessed status in Swedish, not by its stored number.
        var history = await client.GetDocumentAsync($"/Audit/History?type=Goal&id={goal}");
        Assert.Contains(history.QuerySelectorAll("ul.changes li"),
            li => li.QuerySelector(".field-name")!.TextContent == "Status:" && li.QuerySelector(".diff-after")?.TextContent == "Nära målvärdet");

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync($"/Goals/Assess/{goal}", new(), "#remove-assessment")).StatusCode);
        var after = await client.GetDocumentAsync($"/Goals/Details/{goal}");
        Assert.Null(after.QuerySelector("#manual-assessment"));
        Assert.Equal("✗ Ej uppfyllt", GoalStatusText(after));
    }

    [Fact]
    public async Task Two_assessments_at_once_the_second_gets_the_conflict_and_the_first_stays()
    {
        var goal = await GoalAsync("Fler hälsosamtal");
        using var first = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var second = await app.LoginAsync(DemoUsers.HallandController);
        var (action, firstValues) = await first.ReadFormAsync($"/Goals/Assess/{goal}");
        var (_, secondValues) = await second.ReadFormAsync($"/Goals/Assess/{goal}");
        static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> values, string status, string motivation) =>
            [.. values.Where(v => v.Key is not ("Input.Status" or "Input.Motivation")), new("Input.Status", status), new("Input.Motivation", motivation)];

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(action, With(firstValues, "Met", "Alla samtal genomförda"))).StatusCode);
        var response = await second.PostAsync(action, With(secondValues, "NotMet", "Inga samtal"));

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("har ändrats av Hanna", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Inga samtal", page.QuerySelector("#Input_Motivation")!.TextContent);
        var stored = await app.WithDbAsync(DemoUsers.Halland, db => db.GoalAssessments.SingleAsync(a => a.GoalId == goal));
        Assert.Equal((TargetStatus.Met, "Alla samtal genomförda"), (stored.Status, stored.Motivation));
    }

    [Fact]
    public async Task Another_committees_editor_is_forbidden_even_with_a_crafted_post()
    {
        var goal = await GoalAsync("Kortare tid till diagnos");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorRun);
        var token = await client.AntiforgeryTokenAsync("/Values");

        await client.GetDocumentAsync($"/Goals/Assess/{goal}", HttpStatusCode.Forbidden);
        await client.GetDocumentAsync($"/Goals/Indicators/{goal}", HttpStatusCode.Forbidden);
        var response = await client.PostAsync($"/Goals/Assess/{goal}", [new("__RequestVerificationToken", token),
            new("Input.Status", "Met"), new("Input.Motivation", "Påhittat"), new("Input.Version", "1")]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(DemoUsers.Halland, db => db.GoalAssessments.AnyAsync(a => a.GoalId == goal)));
        var details = await client.GetDocumentAsync($"/Goals/Details/{goal}");
        Assert.Null(details.QuerySelector($"a[href='/Goals/Assess/{goal}']"));
    }

    [Fact]
    public async Task A_goal_of_another_organisation_is_not_found()
    {
        var goal = await GoalAsync("Bättre uppföljning");
        using var client = await app.LoginAsync(DemoUsers.BlekingeAdmin);

        await client.GetDocumentAsync($"/Goals/Assess/{goal}", HttpStatusCode.NotFound);
        await client.GetDocumentAsync($"/Goals/Indicators/{goal}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var goal = await GoalAsync("Fler digitala vårdmöten");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var (action, values) = await client.ReadFormAsync($"/Goals/Assess/{goal}");

        var response = await client.PostAsync(action, [.. values.Where(v => v.Key != "__RequestVerificationToken"),
            new("Input.Status", "Met"), new("Input.Motivation", "Motiverat")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(DemoUsers.Halland, db => db.GoalAssessments.AnyAsync(a => a.GoalId == goal)));
    }
}
