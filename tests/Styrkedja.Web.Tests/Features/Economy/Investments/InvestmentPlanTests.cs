using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Economy.Investments.InvestmentTestData;

namespace Styrkedja.Web.Tests.Features.Economy.Investments;

/// <summary>The investment plan: starting it, registering needs, the sums and the frames, the central ranking, the decision and lock, access and the Excel export.</summary>
public class InvestmentPlanTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static Dictionary<string, string?> NeedFields(string title, string priority, params string[] amounts)
    {
        var fields = new Dictionary<string, string?> { ["Input.Category"] = "Property", ["Input.Title"] = title, ["Input.CommitteePriority"] = priority };
        for (var i = 0; i < 10; i++)
            fields[$"Input.Amounts[{i}]"] = amounts.ElementAtOrDefault(i) ?? "";
        return fields;
    }

    [Fact]
    public async Task The_central_staff_start_the_years_plan_and_a_reader_may_not()
    {
        var year = ThisYear - 1;
        await app.CountAsync(db => db.InvestmentPlans.Where(p => p.PlanningYear!.Year == year).ExecuteDeleteAsync());
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var readerPage = await reader.GetDocumentAsync($"/Economy/Investments?year={year}");
        Assert.NotNull(readerPage.QuerySelector("#no-plan"));
        Assert.Null(readerPage.QuerySelector("#create-plan"));
        var token = await reader.AntiforgeryTokenAsync("/Economy/Investments");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync($"/Economy/Investments?handler=Create&year={year}", [new("__RequestVerificationToken", token)])).StatusCode);

        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var created = await controller.SubmitFormAsync($"/Economy/Investments?year={year}", new(), "#create-plan");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var plan = await app.WithDbAsync(DemoUsers.Halland, db => db.InvestmentPlans.AsNoTracking().SingleAsync(p => p.PlanningYear!.Year == year));
        Assert.Equal(PlanUrl(plan.Id), created.Headers.Location?.ToString());
        Assert.Equal(PlanState.Draft, plan.State);
        Assert.Equal($"Investeringsplan {year}–{year + 3} med utblick till {year + 9}", plan.Title);
        var list = await controller.GetDocumentAsync($"/Economy/Investments?year={year}");
        Assert.Contains("Utkast", list.QuerySelector("#plan-facts")!.TextContent);
        Assert.Null(list.QuerySelector("#create-plan"));
    }

    [Fact]
    public async Task A_need_with_bad_input_is_refused_with_messages_next_to_the_fields_then_saved_when_right()
    {
        var plan = await app.ArrangePlanAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var form = await editor.GetDocumentAsync(NeedUrl(plan.Id));
        Assert.Equal([Hsn], form.QuerySelectorAll("#Input_OrgUnitId option[selected]").Select(o => o.TextContent));
        Assert.Equal(10, form.QuerySelectorAll("fieldset.investment-amounts input").Length);

        var noAmount = await AppClient.ParseAsync(await editor.SubmitFormAsync(NeedUrl(plan.Id), NeedFields("Ny vårdbyggnad", "0")));
        Assert.Equal("Ange ett belopp för minst ett år.", noAmount.QuerySelector("#Input_Amounts_0_-error")!.TextContent.Trim());
        Assert.Equal("Nämndens prioritet måste vara mellan 1 och 999.", noAmount.QuerySelector("#Input_CommitteePriority-error")!.TextContent.Trim());
        Assert.NotNull(noAmount.QuerySelector("#error-summary a[href='#Input_Amounts_0_']"));

        var negative = await AppClient.ParseAsync(await editor.SubmitFormAsync(NeedUrl(plan.Id), NeedFields("Ny vårdbyggnad", "1", "", "-5")));
        Assert.Equal("Ett belopp kan inte vara negativt.", negative.QuerySelector("#Input_Amounts_1_-error")!.TextContent.Trim());
        Assert.Null(negative.QuerySelector("#Input_Amounts_0_-error"));
        Assert.Equal("-5", negative.QuerySelector("#Input_Amounts_1_")!.GetAttribute("value"));
        Assert.Equal(0, await app.CountAsync(db => db.InvestmentNeeds.CountAsync(n => n.Title == "Ny vårdbyggnad")));

        var saved = await editor.SubmitFormAsync(NeedUrl(plan.Id), NeedFields("Ny vårdbyggnad", "3", "1 250", "", "", "", "", "", "", "", "", "12,5"));
        Assert.Equal(PlanUrl(plan.Id), saved.Headers.Location?.ToString());
        var need = await app.WithDbAsync(DemoUsers.Halland, db => db.InvestmentNeeds.AsNoTracking().Include(n => n.Amounts).Include(n => n.OrgUnit)
            .SingleAsync(n => n.Title == "Ny vårdbyggnad"));
        Assert.Equal(Hsn, need.OrgUnit!.Name);
        Assert.Equal(3, need.CommitteePriority);
        Assert.Equal([(plan.Year, 1250m), (plan.Year + 9, 12.5m)], need.Amounts.OrderBy(a => a.Year).Select(a => (a.Year, a.Amount)));
    }

    [Fact]
    public async Task An_edit_replaces_the_amounts_and_a_need_can_be_deleted()
    {
        var plan = await app.ArrangePlanAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var form = await editor.GetDocumentAsync(NeedUrl(plan.Id, plan.HsnNeedId));
        Assert.Equal("100", form.QuerySelector("#Input_Amounts_0_")!.GetAttribute("value"));

        var saved = await editor.SubmitFormAsync(NeedUrl(plan.Id, plan.HsnNeedId), new() { ["Input.Amounts[0]"] = "", ["Input.Amounts[2]"] = "75" }, "#need-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var need = await app.NeedAsync(plan.HsnNeedId);
        Assert.Equal([(plan.Year + 1, 200m), (plan.Year + 2, 75m)], need!.Amounts.OrderBy(a => a.Year).Select(a => (a.Year, a.Amount)));

        var deleted = await editor.SubmitFormAsync(NeedUrl(plan.Id, plan.HsnNeedId), new(), "#delete-need");
        Assert.Equal(PlanUrl(plan.Id), deleted.Headers.Location?.ToString());
        Assert.Null(await app.NeedAsync(plan.HsnNeedId));
        Assert.Equal(0, await app.CountAsync(db => db.InvestmentAmounts.CountAsync(a => a.InvestmentNeedId == plan.HsnNeedId)));
    }

    [Fact]
    public async Task A_change_made_meanwhile_is_not_overwritten()
    {
        var plan = await app.ArrangePlanAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var (action, values) = await editor.ReadFormAsync(NeedUrl(plan.Id, plan.HsnNeedId), "#need-form");
        await app.CountAsync(async db =>
        {
            (await db.InvestmentNeeds.SingleAsync(n => n.Id == plan.HsnNeedId)).Title = "Ändrad av någon annan";
            return await db.SaveChangesAsync();
        });
        values.RemoveAll(v => v.Key == "Input.Title");
        values.Add(new("Input.Title", "Min ändring"));
        var response = await editor.PostAsync(action, values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("har ändrats av", (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("Ändrad av någon annan", (await app.NeedAsync(plan.HsnNeedId))!.Title);
    }

    [Fact]
    public async Task The_sums_per_category_and_committee_and_year_equal_the_needs_amounts_on_generated_data()
    {
        var plan = await app.ArrangePlanAsync();
        var random = new Random(4711);
        await app.CountAsync(async db =>
        {
            var units = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Namnd || u.Kind == OrgUnitKind.Styrelse).ToListAsync();
            for (var i = 0; i < 25; i++)
                db.InvestmentNeeds.Add(new InvestmentNeed
                {
                    OrganisationId = units[0].OrganisationId, InvestmentPlanId = plan.Id, OrgUnitId = units[random.Next(units.Count)].Id,
                    Category = (InvestmentCategory)random.Next(4), Title = $"Genererat {i}", CommitteePriority = random.Next(1, 9),
                    Amounts = Enumerable.Range(0, 10).Where(_ => random.Next(3) == 0).Select(offset => new InvestmentAmount
                    {
                        OrganisationId = units[0].OrganisationId, Year = plan.Year + offset, Amount = random.Next(0, 500_000) / 4m,
                    }).ToList(),
                });
            return await db.SaveChangesAsync();
        });
        var amounts = await app.WithDbAsync(DemoUsers.Halland, db => db.InvestmentAmounts.AsNoTracking().Where(a => a.Need!.InvestmentPlanId == plan.Id)
            .Select(a => new { a.Need!.Category, a.Need.OrgUnitId, a.Year, a.Amount }).ToListAsync());

        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync(PlanUrl(plan.Id));
        foreach (var category in Enum.GetValues<InvestmentCategory>())
        {
            var cells = page.QuerySelectorAll($"#category-sums tr[data-category='{category}'] td").Select(c => Amount(c.TextContent)).ToList();
            var expected = Enumerable.Range(plan.Year, 10).Select(y => amounts.Where(a => a.Category == category && a.Year == y).Sum(a => a.Amount)).ToList();
            Assert.Equal([.. expected, expected.Sum()], cells);
        }
        var totals = page.QuerySelectorAll("#category-sums tr[data-category='total'] td").Select(c => Amount(c.TextContent)).ToList();
        Assert.Equal(amounts.Sum(a => a.Amount), totals[^1]);
        foreach (var unitId in amounts.Select(a => a.OrgUnitId).Distinct())
        {
            var cells = page.QuerySelectorAll($"#committee-sums tr[data-unit='{unitId}'] td .sum").Select(c => Amount(c.TextContent)).ToList();
            Assert.Equal(Enumerable.Range(plan.Year, 10).Select(y => amounts.Where(a => a.OrgUnitId == unitId && a.Year == y).Sum(a => a.Amount)), cells);
        }
        Assert.Equal(28, page.QuerySelectorAll("#needs tbody tr").Length);
    }

    [Fact]
    public async Task Over_frame_is_flagged_only_above_the_adopted_frame_and_without_an_adopted_budget_there_is_no_frame()
    {
        var plan = await app.ArrangePlanAsync();
        var hsn = await app.UnitIdAsync(Hsn);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        await app.CountAsync(db => db.BudgetProposals.Where(p => p.PlanningYear!.Year == plan.Year).ExecuteDeleteAsync());
        var without = await reader.GetDocumentAsync(PlanUrl(plan.Id));
        Assert.NotNull(without.QuerySelector("#no-frames"));
        Assert.Contains("ingen beslutad ram", without.QuerySelector($"#committee-sums tr[data-unit='{hsn}'] td[data-year='{plan.Year}']")!.TextContent);
        Assert.Empty(without.QuerySelectorAll(".over-frame"));

        // HSN needs 150 in the first year and 200 in the second: a frame of 150 is exactly enough, 199 is one short.
        await app.ArrangeAdoptedFramesAsync(150, 199);
        var page = await reader.GetDocumentAsync(PlanUrl(plan.Id));
        var first = page.QuerySelector($"#committee-sums tr[data-unit='{hsn}'] td[data-year='{plan.Year}']")!;
        var second = page.QuerySelector($"#committee-sums tr[data-unit='{hsn}'] td[data-year='{plan.Year + 1}']")!;
        Assert.Contains("ram 150", first.TextContent);
        Assert.Null(first.QuerySelector(".over-frame"));
        Assert.Equal("⚠ Över ram med 1", second.QuerySelector(".over-frame")!.TextContent.Trim());
        Assert.Contains("1 nämnd(er) ligger över", page.QuerySelector("#over-frame-summary")!.TextContent);
        Assert.Contains("Majoritetens budget (test)", page.QuerySelector("main")!.TextContent);
        Assert.Single(page.QuerySelectorAll("#committee-sums .over-frame"));
    }

    [Fact]
    public async Task The_central_ranking_refuses_duplicates_and_orders_the_plan()
    {
        var plan = await app.ArrangePlanAsync();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var rankUrl = $"/Economy/Investments/Rank/{plan.Id}";
        var (action, values) = await controller.ReadFormAsync(rankUrl, "#rank-form");
        var rows = values.Where(v => v.Key.EndsWith(".NeedId")).ToDictionary(v => int.Parse(v.Value), v => v.Key.Replace(".NeedId", ""));
        List<KeyValuePair<string, string>> With(string hsnRank, string secondRank, string runRank)
        {
            var posted = values.Where(v => !v.Key.EndsWith(".Rank") && v.Key != $"{rows[plan.RunNeedId]}.Comment").ToList();
            posted.Add(new($"{rows[plan.HsnNeedId]}.Rank", hsnRank));
            posted.Add(new($"{rows[plan.HsnSecondNeedId]}.Rank", secondRank));
            posted.Add(new($"{rows[plan.RunNeedId]}.Rank", runRank));
            posted.Add(new($"{rows[plan.RunNeedId]}.Comment", "Angeläget för analysen"));
            return posted;
        }

        var duplicate = await AppClient.ParseAsync(await controller.PostAsync(action, With("1", "1", "")));
        Assert.Equal(2, duplicate.QuerySelectorAll(".field-error").Count(e => e.TextContent.Contains("Platsen 1 är given till flera behov.")));
        var zero = await AppClient.ParseAsync(await controller.PostAsync(action, With("0", "2", "x")));
        Assert.Equal(2, zero.QuerySelectorAll(".field-error").Count(e => e.TextContent.Contains("positivt heltal")));
        Assert.Equal(0, await app.CountAsync(db => db.InvestmentNeeds.CountAsync(n => n.InvestmentPlanId == plan.Id && n.CentralRank != null)));

        var saved = await controller.PostAsync(action, With("2", "", "1"));
        Assert.Equal(PlanUrl(plan.Id), saved.Headers.Location?.ToString());
        var page = await controller.GetDocumentAsync(PlanUrl(plan.Id));
        Assert.Equal([$"need-{plan.RunNeedId}", $"need-{plan.HsnNeedId}", $"need-{plan.HsnSecondNeedId}"],
            page.QuerySelectorAll("#needs tbody tr").Select(r => r.Id));
        Assert.Contains("Angeläget för analysen", page.QuerySelector($"#need-{plan.RunNeedId}")!.TextContent);

        // An editor of one committee does not rank across committees.
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync(rankUrl)).StatusCode);
        var token = await editor.AntiforgeryTokenAsync(PlanUrl(plan.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync(rankUrl, [new("__RequestVerificationToken", token), new("Input.Rows[0].NeedId", plan.HsnNeedId.ToString()), new("Input.Rows[0].Rank", "1")])).StatusCode);
    }

    [Fact]
    public async Task A_decided_plan_shows_the_decision_and_refuses_crafted_changes()
    {
        var plan = await app.ArrangePlanAsync();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var decideUrl = $"/Economy/Investments/Decide/{plan.Id}";
        var future = await controller.SubmitFormAsync(decideUrl, new()
        {
            ["Input.DecidedOn"] = DateTime.Today.AddDays(3).ToString("yyyy-MM-dd"), ["Input.DecisionParagraph"] = "§ 80", ["Input.RegistryNumber"] = "RS 2025/80",
        });
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(future)).QuerySelector("#Input_DecidedOn-error"));

        var token = await controller.AntiforgeryTokenAsync(PlanUrl(plan.Id));
        var editForm = await controller.ReadFormAsync(NeedUrl(plan.Id, plan.HsnNeedId), "#need-form");
        var decided = await controller.SubmitFormAsync(decideUrl, new()
        {
            ["Input.DecidedOn"] = DateTime.Today.ToString("yyyy-MM-dd"), ["Input.DecisionParagraph"] = "§ 80", ["Input.RegistryNumber"] = "RS 2025/80",
        });
        Assert.Equal(PlanUrl(plan.Id), decided.Headers.Location?.ToString());
        var page = await controller.GetDocumentAsync(PlanUrl(plan.Id));
        Assert.Contains("Beslutad (låst)", page.QuerySelector("#plan-facts")!.TextContent);
        Assert.Contains("RS 2025/80", page.QuerySelector("#plan-facts")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("a[href^='/Economy/Investments/Need/'], a[href^='/Economy/Investments/Rank/'], a[href^='/Economy/Investments/Decide/']"));

        editForm.Values.RemoveAll(v => v.Key == "Input.Title");
        editForm.Values.Add(new("Input.Title", "Efter beslut"));
        var edit = await controller.PostAsync(editForm.Action, editForm.Values);
        var create = await controller.PostAsync(NeedUrl(plan.Id), [.. editForm.Values.Where(v => v.Key != "Input.Version")]);
        var delete = await controller.PostAsync(NeedUrl(plan.Id, plan.RunNeedId) + "?handler=Delete", [new("__RequestVerificationToken", token), new("Input.Version", "1")]);
        var rank = await controller.PostAsync($"/Economy/Investments/Rank/{plan.Id}", [new("__RequestVerificationToken", token), new("Input.Rows[0].NeedId", plan.HsnNeedId.ToString()), new("Input.Rows[0].Rank", "1")]);
        var again = await controller.PostAsync(decideUrl, [new("__RequestVerificationToken", token), new("Input.DecidedBy", "RF"), new("Input.DecidedOn", "2020-01-01"), new("Input.DecisionParagraph", "§ 1"), new("Input.RegistryNumber", "X")]);
        foreach (var response in new[] { edit, create, delete, rank, again })
            Assert.Equal(PlanUrl(plan.Id), response.Headers.Location?.ToString());
        var (titles, ranks, by) = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var p = await db.InvestmentPlans.AsNoTracking().Include(x => x.Needs).SingleAsync(x => x.Id == plan.Id);
            return (p.Needs.Select(n => n.Title).ToList(), p.Needs.Count(n => n.CentralRank != null), p.RegistryNumber);
        });
        Assert.Equal(3, titles.Count);
        Assert.DoesNotContain("Efter beslut", titles);
        Assert.Equal(0, ranks);
        Assert.Equal("RS 2025/80", by);
        Assert.Contains("beslutad och låst", (await controller.GetDocumentAsync(PlanUrl(plan.Id))).QuerySelector(".alert-error")!.TextContent);
    }

    [Fact]
    public async Task An_editor_changes_only_the_own_committees_needs_and_a_reader_reads_but_may_not_post()
    {
        var plan = await app.ArrangePlanAsync();
        var hsn = await app.UnitIdAsync(Hsn);
        using var runEditor = await app.LoginAsync(DemoUsers.HallandEditorRun);
        var page = await runEditor.GetDocumentAsync(PlanUrl(plan.Id));
        Assert.Equal([NeedUrl(plan.Id, plan.RunNeedId)], page.QuerySelectorAll("#needs a[href^='/Economy/Investments/Need/']").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.Forbidden, (await runEditor.Http.GetAsync(NeedUrl(plan.Id, plan.HsnNeedId))).StatusCode);
        var (_, values) = await runEditor.ReadFormAsync(NeedUrl(plan.Id, plan.RunNeedId), "#need-form");
        values.RemoveAll(v => v.Key == "Input.Title");
        values.Add(new("Input.Title", "Kapad"));
        Assert.Equal(HttpStatusCode.Forbidden, (await runEditor.PostAsync(NeedUrl(plan.Id, plan.HsnNeedId), values)).StatusCode);
        // Moving the own need, or registering a new one, under another committee is refused too.
        values.RemoveAll(v => v.Key == "Input.OrgUnitId");
        values.Add(new("Input.OrgUnitId", hsn.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await runEditor.PostAsync(NeedUrl(plan.Id, plan.RunNeedId), values)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await runEditor.PostAsync(NeedUrl(plan.Id), values.Where(v => v.Key != "Input.Version"))).StatusCode);
        Assert.Equal(0, await app.CountAsync(db => db.InvestmentNeeds.CountAsync(n => n.Title == "Kapad")));

        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var readerPage = await reader.GetDocumentAsync(PlanUrl(plan.Id));
        Assert.Equal(3, readerPage.QuerySelectorAll("#needs tbody tr").Length);
        Assert.Empty(readerPage.QuerySelectorAll("main a[href^='/Economy/Investments/Need/'], main a[href^='/Economy/Investments/Rank/']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Http.GetAsync(NeedUrl(plan.Id))).StatusCode);
        var token = await reader.AntiforgeryTokenAsync(PlanUrl(plan.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync(NeedUrl(plan.Id), [new("__RequestVerificationToken", token), .. values.Where(v => v.Key != "__RequestVerificationToken")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync($"/Economy/Investments/Decide/{plan.Id}", [new("__RequestVerificationToken", token)])).StatusCode);
    }

    [Fact]
    public async Task Another_organisations_plan_is_not_found()
    {
        var plan = await app.ArrangePlanAsync();
        using var other = await app.LoginAsync(DemoUsers.BlekingeController);
        foreach (var url in new[] { PlanUrl(plan.Id), NeedUrl(plan.Id), NeedUrl(plan.Id, plan.HsnNeedId), $"/Economy/Investments/Rank/{plan.Id}",
                     $"/Economy/Investments/Decide/{plan.Id}", $"/Economy/Investments/Export/{plan.Id}" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(url)).StatusCode);
        var token = await other.AntiforgeryTokenAsync("/Economy/Investments");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/Economy/Investments/Rank/{plan.Id}", [new("__RequestVerificationToken", token)])).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_rejected()
    {
        var plan = await app.ArrangePlanAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var response = await editor.PostAsync(NeedUrl(plan.Id), NeedFields("Utan token", "1", "5").Select(f => new KeyValuePair<string, string>(f.Key, f.Value ?? "")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.CountAsync(db => db.InvestmentNeeds.CountAsync(n => n.Title == "Utan token")));
    }

    [Fact]
    public async Task The_excel_export_opens_and_holds_the_needs_and_the_sums()
    {
        var plan = await app.ArrangePlanAsync();
        await app.ArrangeAdoptedFramesAsync(150, 199);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var response = await reader.Http.GetAsync($"/Economy/Investments/Export/{plan.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        var needs = workbook.Worksheet("Behov");
        // Unranked, so in the committees' priority order: the two first priorities (committees in tree order), then the second.
        var titles = Enumerable.Range(2, 3).Select(r => needs.Cell(r, 2).GetString()).ToList();
        Assert.Equal(["Akutmottagning", "Analysplattform"], titles.Take(2).Order());
        Assert.Equal("Datortomograf", titles[2]);
        var akut = titles.IndexOf("Akutmottagning") + 2;
        Assert.Equal($"{plan.Year}, planår", needs.Cell(1, 7).GetString());
        Assert.Equal($"{plan.Year + 4}, utblick", needs.Cell(1, 11).GetString());
        Assert.Equal(100m, needs.Cell(akut, 7).GetValue<decimal>());
        Assert.Equal(300m, needs.Cell(akut, 17).GetValue<decimal>());

        var categories = workbook.Worksheet("Per kategori");
        Assert.Equal("Fastighet", categories.Cell(2, 1).GetString());
        Assert.Equal(100m, categories.Cell(2, 2).GetValue<decimal>());
        Assert.Equal("Totalt", categories.Cell(6, 1).GetString());
        Assert.Equal(180m, categories.Cell(6, 2).GetValue<decimal>());
        Assert.Equal(460m, categories.Cell(6, 12).GetValue<decimal>());

        var committees = workbook.Worksheet("Per nämnd");
        var hsnSecondYear = committees.RowsUsed().Single(r => r.Cell(1).GetString() == Hsn && r.Cell(2).GetValue<int>() == plan.Year + 1);
        Assert.Equal(200m, hsnSecondYear.Cell(3).GetValue<decimal>());
        Assert.Equal(199m, hsnSecondYear.Cell(4).GetValue<decimal>());
        Assert.Equal(1m, hsnSecondYear.Cell(5).GetValue<decimal>());
    }
}
