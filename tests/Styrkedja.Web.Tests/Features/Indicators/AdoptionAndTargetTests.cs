using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Indicators;

public class AdoptionAndTargetTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly int ThisYear = DateTime.Now.Year;

    [Fact]
    public async Task Editor_adopts_for_its_own_subtree_only_and_other_adoptions_stay()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "Sjukfrånvaro");
        var emergency = await app.UnitIdAsync(DemoUsers.Halland, "Akutmottagningen Halmstad");
        var traffic = await app.UnitIdAsync(DemoUsers.Halland, "Kollektivtrafikförvaltningen");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var url = $"/Indicators/Adopt/{indicator.Id}";
        var page = await client.GetDocumentAsync(url);
        Assert.Null(page.QuerySelector($"input[name=Units][value='{traffic}']"));

        var (action, values) = await client.ReadFormAsync(url);
        values.Add(new("Units", emergency.ToString()));
        var response = await client.PostAsync(action, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var adopted = (await app.IndicatorAsync(DemoUsers.Halland, "Sjukfrånvaro")).Adoptions.Select(a => a.OrgUnitId).ToList();
        Assert.Contains(emergency, adopted);
        Assert.Contains(traffic, adopted);
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == "IndicatorAdoption" && a.SubjectType == "Indicator" && a.SubjectId == indicator.Id.ToString())));
    }

    [Fact]
    public async Task A_crafted_adoption_outside_the_editors_subtree_is_forbidden_and_changes_nothing()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "Kostnad för inhyrd personal");
        var culture = await app.UnitIdAsync(DemoUsers.Halland, "Kultur och skola");
        var hospital = await app.UnitIdAsync(DemoUsers.Halland, "Hallands sjukhus");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var (action, values) = await client.ReadFormAsync($"/Indicators/Adopt/{indicator.Id}");
        values.RemoveAll(v => v.Key == "Units" && v.Value == hospital.ToString());
        values.Add(new("Units", culture.ToString()));

        var response = await client.PostAsync(action, values);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(indicator.Adoptions.Select(a => a.OrgUnitId).Order(),
            (await app.IndicatorAsync(DemoUsers.Halland, indicator.Name)).Adoptions.Select(a => a.OrgUnitId).Order());
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        await reader.GetDocumentAsync($"/Indicators/Adopt/{indicator.Id}", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Targets_are_saved_changed_and_removed()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "Vårdrelaterade infektioner");
        var year = ThisYear + 1;
        var url = $"/Indicators/Targets/{indicator.Id}?year={year}";
        using var client = await app.LoginAsync(DemoUsers.HallandController);

        var set = await client.SubmitFormAsync(url, new() { ["Input[0].Value"] = "6,5", ["Input[1].Value"] = "6,2" }, IndicatorTestData.PostForm);
        var cleared = await client.SubmitFormAsync(url, new() { ["Input[0].Value"] = "6,4", ["Input[1].Value"] = "" }, IndicatorTestData.PostForm);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        var target = Assert.Single(await app.TargetsAsync(DemoUsers.Halland, indicator.Id, year));
        Assert.Null(target.OrgUnitId);
        Assert.Equal(6.4m, target.Value);
        var actions = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.EntityType == "TargetValue" && a.SubjectId == indicator.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditAction.Deleted, actions);
        Assert.Contains(AuditAction.Modified, actions);
    }

    [Fact]
    public async Task A_bad_target_is_refused_next_to_its_field_and_nothing_is_saved()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "Turer i tid");
        var before = await app.TargetsAsync(DemoUsers.Halland, indicator.Id, ThisYear);
        using var client = await app.LoginAsync(DemoUsers.HallandAdmin);
        var url = $"/Indicators/Targets/{indicator.Id}?year={ThisYear}";

        var response = await client.SubmitFormAsync(url, new() { ["Input[0].Value"] = "nittio", ["Input[1].Value"] = "101" }, IndicatorTestData.PostForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("inte ett tal", page.QuerySelector("#Input_0__Value-error")!.TextContent);
        Assert.Contains("högre än det högsta", page.QuerySelector("#Input_1__Value-error")!.TextContent);
        Assert.Equal(before.Select(t => (t.OrgUnitId, t.Value, t.Version)).Order(),
            (await app.TargetsAsync(DemoUsers.Halland, indicator.Id, ThisYear)).Select(t => (t.OrgUnitId, t.Value, t.Version)).Order());
    }

    [Fact]
    public async Task Unit_editor_sets_its_units_target_but_not_the_organisations()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "Kostnad för inhyrd personal");
        var hospital = await app.UnitIdAsync(DemoUsers.Halland, "Hallands sjukhus");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var url = $"/Indicators/Targets/{indicator.Id}?year={ThisYear}";
        var page = await client.GetDocumentAsync(url);
        Assert.Null(page.QuerySelector("input[name='Input[0].UnitId'][value='']"));

        var (action, values) = await client.ReadFormAsync(url, IndicatorTestData.PostForm);
        var index = values.Single(v => v.Key.EndsWith(".UnitId") && v.Value == hospital.ToString()).Key.Split(']')[0] + "]";
        values.RemoveAll(v => v.Key == index + ".Value");
        values.Add(new(index + ".Value", "2,1"));
        var saved = await client.PostAsync(action, values);
        // A row for the whole organisation appended as the next row (list binding stops at a gap).
        var next = values.Count(v => v.Key.EndsWith(".UnitId"));
        values.Add(new($"Input[{next}].UnitId", ""));
        values.Add(new($"Input[{next}].Value", "1"));
        var crafted = await client.PostAsync(action, values);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        var targets = await app.TargetsAsync(DemoUsers.Halland, indicator.Id, ThisYear);
        Assert.Equal(2.1m, targets.Single(t => t.OrgUnitId == hospital).Value);
        Assert.NotEqual(1m, targets.Single(t => t.OrgUnitId == null).Value);
    }

    [Fact]
    public async Task Two_people_setting_the_same_target_conflict()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "Personalomsättning");
        var url = $"/Indicators/Targets/{indicator.Id}?year={ThisYear}";
        using var first = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var second = await app.LoginAsync(DemoUsers.HallandController);
        var (action, values) = await second.ReadFormAsync(url, IndicatorTestData.PostForm);

        var saved = await first.SubmitFormAsync(url, new() { ["Input[0].Value"] = "7,7" }, IndicatorTestData.PostForm);
        values.RemoveAll(v => v.Key == "Input[0].Value");
        values.Add(new("Input[0].Value", "9,9"));
        var conflict = await second.PostAsync(action, values);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("har ändrats av", (await AppClient.ParseAsync(conflict)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(7.7m, (await app.TargetsAsync(DemoUsers.Halland, indicator.Id, ThisYear)).Single(t => t.OrgUnitId == null).Value);
    }

    [Fact]
    public async Task Demo_organisations_have_indicators_with_three_years_of_values_and_kolada_figures()
    {
        foreach (var organisation in new[] { DemoUsers.Halland, DemoUsers.Blekinge })
        {
            var stats = await app.WithDbAsync(organisation, async db => new
            {
                Indicators = await db.Indicators.CountAsync(),
                Years = await db.IndicatorValues.Select(v => v.Year).Distinct().CountAsync(),
                Kolada = await db.Indicators.CountAsync(i => i.Source == IndicatorSource.Kolada && i.KoladaKpiId != null),
                KoladaValues = await db.KoladaValues.Select(k => k.MunicipalityId).Distinct().CountAsync(),
                Linked = await db.GoalIndicators.Select(g => g.GoalId).Distinct().CountAsync(),
                Org = await db.Organisations.SingleAsync(o => o.Id == db.OrganisationId),
            });
            Assert.InRange(stats.Indicators, 15, 25);
            Assert.Equal(3, stats.Years);
            Assert.True(stats.Kolada >= 3);
            Assert.Equal(4, stats.KoladaValues);
            Assert.True(stats.Linked >= 6);
            Assert.False(string.IsNullOrEmpty(stats.Org.KoladaId));
        }
    }
}
