using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Budget;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Economy.Budget.BudgetTestData;

namespace Styrkedja.Web.Tests.Features.Economy.Budget;

public class BudgetProposalTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Halland = DemoUsers.Halland;

    [Fact]
    public async Task The_controller_creates_a_copy_and_edits_the_grid_after_a_bad_and_a_negative_value()
    {
        var majority = await app.ProposalIdAsync(Halland, NextYear, "Majoritetens budgetförslag");
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var created = await controller.SubmitFormAsync($"/Economy/Budget?year={NextYear}",
            new() { ["Input.Name"] = "Centerpartiets förslag", ["Input.Party"] = "Centerpartiet", ["Input.CopyOf"] = majority.ToString() },
            "#create-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('=')[^1]);
        var copy = await app.ProposalAsync(Halland, id);
        var original = await app.ProposalAsync(Halland, majority);
        Assert.Equal((PlanState.Draft, "Centerpartiet"), (copy.State, copy.Party));
        Assert.Equal(original.Frames.OrderBy(f => f.OrgUnitId).ThenBy(f => f.Year).Select(f => (f.OrgUnitId, f.Year, f.OperatingFrame, f.InvestmentFrame)),
            copy.Frames.OrderBy(f => f.OrgUnitId).ThenBy(f => f.Year).Select(f => (f.OrgUnitId, f.Year, f.OperatingFrame, f.InvestmentFrame)));
        Assert.Equal(original.Years.OrderBy(y => y.Year).Select(y => (y.Year, y.TaxRate, y.TaxRevenue)), copy.Years.OrderBy(y => y.Year).Select(y => (y.Year, y.TaxRate, y.TaxRevenue)));

        // The same name again for the year is refused at the field.
        var twice = await AppClient.ParseAsync(await controller.SubmitFormAsync($"/Economy/Budget?year={NextYear}",
            new() { ["Input.Name"] = "Centerpartiets förslag" }, "#create-form"));
        Assert.Contains("finns redan", twice.QuerySelector("#Input_Name-error")!.TextContent);

        var hsnId = await app.WithDbAsync(Halland, db => db.OrgUnits.Where(u => u.Name == Hsn).Select(u => u.Id).SingleAsync());
        var second = NextYear + 1;
        string Cell(FrameKind kind, int year) => $"Frame.{hsnId}.{year}.{kind}";
        var bad = await controller.SubmitFormAsync(FramesForm(id), new()
        {
            [Cell(FrameKind.Operating, NextYear)] = "tio miljoner", [Cell(FrameKind.Investment, second)] = "-5",
            [$"Year.{second}.FinancialNet"] = "-12 000", [$"Year.{NextYear}.TaxRevenue"] = "",
        }, "#frames-form");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var page = await AppClient.ParseAsync(bad);
        Assert.Contains("”tio miljoner” är inte ett tal", page.QuerySelector($"#Frame_{hsnId}_{NextYear}_Operating-error")!.TextContent);
        Assert.Contains("kan inte vara negativt", page.QuerySelector($"#Frame_{hsnId}_{second}_Investment-error")!.TextContent);
        Assert.Contains("ange ett belopp", page.QuerySelector($"#Year_{NextYear}_TaxRevenue-error")!.TextContent);
        // A negative financial net is allowed; the bad input is shown back as typed.
        Assert.Null(page.QuerySelector($"#Year_{second}_FinancialNet-error"));
        Assert.Equal("tio miljoner", page.QuerySelector($"#Frame_{hsnId}_{NextYear}_Operating")!.GetAttribute("value"));
        Assert.Equal(3, page.QuerySelectorAll("#error-summary li a").Length);
        Assert.Equal(copy.Version, (await app.ProposalAsync(Halland, id)).Version);

        var saved = await controller.SubmitFormAsync(FramesForm(id), new()
        {
            [Cell(FrameKind.Operating, NextYear)] = "9 000 000,5", [Cell(FrameKind.Investment, second)] = "450000",
            [$"Year.{second}.FinancialNet"] = "-12 000", ["Input.Description"] = "Mer till vården",
        }, "#frames-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.ProposalAsync(Halland, id);
        Assert.Equal(9_000_000.5m, stored.Frames.Single(f => f.OrgUnitId == hsnId && f.Year == NextYear).OperatingFrame);
        Assert.Equal(450_000m, stored.Frames.Single(f => f.OrgUnitId == hsnId && f.Year == second).InvestmentFrame);
        Assert.Equal(-12_000m, stored.Years.Single(y => y.Year == second).FinancialNet);
        Assert.Equal("Mer till vården", stored.Description);

        // The proposal page computes the year's result from the stored figures.
        var year = stored.Years.Single(y => y.Year == NextYear);
        var expected = year.TaxRevenue + year.FinancialNet - stored.Frames.Where(f => f.Year == NextYear).Sum(f => f.OperatingFrame);
        var details = await controller.GetDocumentAsync(Details(id));
        var resultCell = details.QuerySelectorAll($"#year-{NextYear} td")[4].TextContent;
        Assert.Equal(expected, Number(resultCell.Split('(')[0]));
    }

    [Fact]
    public async Task Two_people_saving_the_same_grid_the_later_is_told_and_nothing_is_overwritten()
    {
        var proposal = await app.ArrangeProposalAsync(Halland, NextYear, "Samtidigt ändrat", (c, y) => (1000, 10));
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var (action, stale) = await controller.ReadFormAsync(FramesForm(proposal.Id), "#frames-form");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(FramesForm(proposal.Id),
            new() { ["Input.Name"] = "Samtidigt ändrat, admin" }, "#frames-form")).StatusCode);
        stale.RemoveAll(v => v.Key == "Input.Name");
        stale.Add(new("Input.Name", "Samtidigt ändrat, controller"));
        var response = await controller.PostAsync(action, stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Budgetförslaget har ändrats av Anna Admin", (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("Samtidigt ändrat, admin", (await app.ProposalAsync(Halland, proposal.Id)).Name);
    }

    [Fact]
    public async Task Compare_shows_each_committees_difference_and_the_totals_against_the_first_chosen()
    {
        // Generated numbers that differ per committee and year; the second proposal is the baseline.
        var random = new Random(42);
        var a = new Dictionary<(int, int), (decimal, decimal)>();
        var b = new Dictionary<(int, int), (decimal, decimal)>();
        var first = await app.ArrangeProposalAsync(Halland, NextYear, "Jämförelse A", (c, y) => a[(c, y)] = (random.Next(1, 900_000), random.Next(0, 90_000)));
        var second = await app.ArrangeProposalAsync(Halland, NextYear, "Jämförelse B", (c, y) => b[(c, y)] = (random.Next(1, 900_000), random.Next(0, 90_000)));
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await reader.GetDocumentAsync($"/Economy/Budget/Compare?year={NextYear}&ids={second.Id}&ids={first.Id}");
        var committees = await app.WithDbAsync(Halland, CommitteesAsync);
        for (var y = 0; y < 3; y++)
        {
            var operating = page.QuerySelector($"#compare-{NextYear + y}-operating")!;
            var rows = operating.QuerySelectorAll("tbody tr");
            Assert.Equal(committees.Count, rows.Length);
            for (var c = 0; c < committees.Count; c++)
            {
                var cells = rows[c].QuerySelectorAll("td").Select(td => Number(td.TextContent)).ToList();
                Assert.Equal(committees[c].Name, rows[c].QuerySelector("th")!.TextContent.Trim());
                Assert.Equal([b[(c, y)].Item1, a[(c, y)].Item1, a[(c, y)].Item1 - b[(c, y)].Item1], cells);
            }
            var total = operating.QuerySelectorAll("tfoot tr.total td").Select(td => Number(td.TextContent)).ToList();
            var sumA = a.Where(p => p.Key.Item2 == y).Sum(p => p.Value.Item1);
            var sumB = b.Where(p => p.Key.Item2 == y).Sum(p => p.Value.Item1);
            Assert.Equal([sumB, sumA, sumA - sumB], total);
            var investment = page.QuerySelectorAll($"#compare-{NextYear + y}-investment tfoot tr.total td").Select(td => Number(td.TextContent)).ToList();
            var investA = a.Where(p => p.Key.Item2 == y).Sum(p => p.Value.Item2);
            var investB = b.Where(p => p.Key.Item2 == y).Sum(p => p.Value.Item2);
            Assert.Equal([investB, investA, investA - investB], investment);
        }

        // The comparison as Excel holds the same numbers.
        var response = await reader.Http.GetAsync($"/Economy/Budget/Compare?year={NextYear}&ids={second.Id}&ids={first.Id}&handler=Excel");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(NextYear.ToString());
        Assert.Equal("Jämförelse A: skillnad driftramar (tkr)", sheet.Cell(1, 5).GetString());
        var totalRow = committees.Count + 2;
        Assert.Equal("Summa", sheet.Cell(totalRow, 1).GetString());
        Assert.Equal(a.Where(p => p.Key.Item2 == 0).Sum(p => p.Value.Item1) - b.Where(p => p.Key.Item2 == 0).Sum(p => p.Value.Item1),
            sheet.Cell(totalRow, 5).GetValue<decimal>());

        // One proposal is not a comparison.
        var single = await reader.GetDocumentAsync($"/Economy/Budget/Compare?year={NextYear}&ids={first.Id}");
        Assert.NotNull(single.QuerySelector("#compare-too-few"));
    }

    [Fact]
    public async Task A_result_of_exactly_two_percent_meets_the_goal_and_one_tkr_less_does_not()
    {
        var goal = new FinancialGoal { Name = "Resultat", Kind = FinancialGoalKind.MinimumResultShare, Percent = 2 };
        var investmentGoal = new FinancialGoal { Name = "Investeringar", Kind = FinancialGoalKind.MaximumInvestmentShare, Percent = 10 };
        Assert.True(BudgetFigures.Check(goal, new YearFigures(2030, 11, 1_000_000, 5_000, 985_000, 0)).Passed);
        Assert.False(BudgetFigures.Check(goal, new YearFigures(2030, 11, 1_000_000, 5_000, 985_001, 0)).Passed);
        Assert.True(BudgetFigures.Check(investmentGoal, new YearFigures(2030, 11, 1_000_000, 0, 0, 100_000)).Passed);
        Assert.False(BudgetFigures.Check(investmentGoal, new YearFigures(2030, 11, 1_000_000, 0, 0, 100_001)).Passed);
        Assert.False(BudgetFigures.Check(investmentGoal, new YearFigures(2030, 11, 0, 0, 0, 0)).Passed);

        // Through the page: the demo's goals (result ≥ 2 %, investments ≤ 10 %) over a proposal whose first year
        // ends exactly on 2 % and whose second year falls 1 tkr short.
        var committees = await app.WithDbAsync(Halland, CommitteesAsync);
        var largest = 980_000m - 1_000m * (committees.Count - 1);
        var proposal = await app.ArrangeProposalAsync(Halland, NextYear, "Precis två procent",
            (c, y) => (c == 0 ? largest + (y == 1 ? 1 : 0) : 1_000m, 0));
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync(Details(proposal.Id));
        string Checks(int year) => page.QuerySelector($"#year-{year} .goal-checks")!.TextContent;
        Assert.Contains("✓", Checks(NextYear));
        Assert.Contains("Uppfyllt: Resultatet ska vara minst 2 procent", Checks(NextYear));
        Assert.Contains("2,0 %", Checks(NextYear));
        Assert.Contains("Inte uppfyllt: Resultatet ska vara minst 2 procent", Checks(NextYear + 1));
        Assert.Contains("✗", Checks(NextYear + 1));
    }

    [Fact]
    public async Task Adoption_needs_a_date_locks_the_proposal_against_crafted_posts_and_a_year_has_one_budget()
    {
        var majority = await app.ProposalIdAsync(Halland, NextYear, "Majoritetens budgetförslag");
        var opposition = await app.ProposalIdAsync(Halland, NextYear, "Socialdemokraternas förslag");
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var missing = await AppClient.ParseAsync(await controller.SubmitFormAsync(AdoptForm(majority), new() { ["Input.DecidedOn"] = "" }));
        Assert.Equal("Beslutsdatum måste fyllas i.", missing.QuerySelector("#Input_DecidedOn-error")!.TextContent.Trim());
        Assert.Equal("Regionfullmäktige", missing.QuerySelector("#Input_DecidedBy")!.GetAttribute("value"));
        Assert.Equal(PlanState.Draft, (await app.ProposalAsync(Halland, majority)).State);

        var yesterday = DateOnly.FromDateTime(DateTime.Now).AddDays(-1);
        var adopted = await controller.SubmitFormAsync(AdoptForm(majority), new()
        {
            ["Input.DecidedOn"] = yesterday.ToString("yyyy-MM-dd"), ["Input.DecisionParagraph"] = "§ 77", ["Input.RegistryNumber"] = "RS 2026/300",
        });
        Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        var stored = await app.ProposalAsync(Halland, majority);
        Assert.Equal((PlanState.Decided, "Regionfullmäktige", yesterday, "§ 77", "RS 2026/300"),
            (stored.State, stored.DecidedBy, stored.DecidedOn, stored.DecisionParagraph, stored.RegistryNumber));
        var index = await controller.GetDocumentAsync($"/Economy/Budget?year={NextYear}");
        Assert.Contains("Beslutad budget", index.QuerySelector($"#proposal-{majority}")!.TextContent);
        Assert.DoesNotContain("Beslutad budget", index.QuerySelector($"#proposal-{opposition}")!.TextContent);
        Assert.NotNull(index.QuerySelector($"a[href='{Details(majority)}#frames']"));

        var frame = stored.Frames.First();
        var token = await controller.AntiforgeryTokenAsync();
        var version = stored.Version.ToString();
        var posts = new (string Url, KeyValuePair<string, string>[] Fields)[]
        {
            (FramesForm(majority), [new("Input.Name", "Smuggel"), new("Input.Version", version),
                new($"Frame.{frame.OrgUnitId}.{frame.Year}.Operating", "1")]),
            ($"{Details(majority)}&handler=Delete", [new("version", version)]),
            (AdoptForm(majority), [new("Input.DecidedBy", "X"), new("Input.DecidedOn", "2020-01-01"), new("Input.DecisionParagraph", "§ 1"),
                new("Input.RegistryNumber", "X"), new("Input.Version", version)]),
        };
        foreach (var (url, fields) in posts)
        {
            var response = await controller.PostAsync(url, fields.Prepend(new("__RequestVerificationToken", token)));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(Details(majority), response.Headers.Location!.OriginalString);
            Assert.Contains("antaget som beslutad budget och låst", await controller.ProposalAlertsAsync(majority));
        }
        var after = await app.ProposalAsync(Halland, majority);
        Assert.Equal((stored.Name, stored.Version, "§ 77"), (after.Name, after.Version, after.DecisionParagraph));
        Assert.Equal(frame.OperatingFrame, after.Frames.Single(f => f.Id == frame.Id).OperatingFrame);
        Assert.Null((await controller.GetDocumentAsync(Details(majority))).QuerySelector($"a[href='{FramesForm(majority)}']"));

        // A second proposal of the year cannot be adopted.
        var second = await controller.PostAsync(AdoptForm(opposition), [new("__RequestVerificationToken", token),
            new("Input.DecidedBy", "Regionfullmäktige"), new("Input.DecidedOn", yesterday.ToString("yyyy-MM-dd")),
            new("Input.DecisionParagraph", "§ 78"), new("Input.RegistryNumber", "RS 2026/301"), new("Input.Version", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("redan en beslutad budget: Majoritetens budgetförslag", await controller.ProposalAlertsAsync(opposition));
        Assert.Equal(PlanState.Draft, (await app.ProposalAsync(Halland, opposition)).State);

        // The reader for other features gives the adopted frames.
        var yearId = await app.WithDbAsync(Halland, db => db.PlanningYears.Where(y => y.Year == NextYear).Select(y => y.Id).SingleAsync());
        var frames = await app.WithDbAsync(Halland, db => BudgetFrames.AdoptedAsync(db, yearId));
        Assert.Equal(stored.Frames.Count, frames.Count);
        Assert.Equal(stored.Frames.Sum(f => f.OperatingFrame), frames.Sum(f => f.OperatingFrame));
    }

    [Fact]
    public async Task A_draft_is_deleted_by_the_controller()
    {
        var proposal = await app.ArrangeProposalAsync(Halland, NextYear, "Att ta bort", (c, y) => (1, 1));
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var response = await controller.SubmitFormAsync(Details(proposal.Id), [], "#delete-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(Halland, db => db.BudgetProposals.AnyAsync(p => p.Id == proposal.Id)));
        Assert.False(await app.WithDbAsync(Halland, db => db.BudgetFrames.AnyAsync(f => f.BudgetProposalId == proposal.Id)));
    }

    [Fact]
    public async Task Everyone_reads_the_budget_but_only_the_central_staff_change_it_and_another_organisation_sees_nothing()
    {
        var proposal = await app.ArrangeProposalAsync(Halland, NextYear, "Behörighetsprov", (c, y) => (100, 10));
        var version = proposal.Version.ToString();
        foreach (var email in new[] { DemoUsers.HallandReader, DemoUsers.HallandEditorHsn })
        {
            using var user = await app.LoginAsync(email);
            Assert.Contains("Behörighetsprov", (await user.GetDocumentAsync($"/Economy/Budget?year={NextYear}")).QuerySelector("#proposals")!.TextContent);
            var details = await user.GetDocumentAsync(Details(proposal.Id));
            Assert.NotNull(details.QuerySelector("#frame-table"));
            Assert.Null(details.QuerySelector($"a[href='{FramesForm(proposal.Id)}']"));
            Assert.Null((await user.GetDocumentAsync($"/Economy/Budget?year={NextYear}")).QuerySelector("#create-form"));
            await user.GetDocumentAsync("/Economy/Budget/FinancialGoals");
            await user.GetDocumentAsync(FramesForm(proposal.Id), HttpStatusCode.Forbidden);
            await user.GetDocumentAsync(AdoptForm(proposal.Id), HttpStatusCode.Forbidden);
            var token = await user.AntiforgeryTokenAsync();
            var posts = new (string Url, KeyValuePair<string, string>[] Fields)[]
            {
                (FramesForm(proposal.Id), [new("Input.Name", "Smuggel"), new("Input.Version", version)]),
                ($"{Details(proposal.Id)}&handler=Delete", [new("version", version)]),
                (AdoptForm(proposal.Id), [new("Input.DecidedBy", "X"), new("Input.DecidedOn", "2020-01-01"), new("Input.DecisionParagraph", "§ 1"),
                    new("Input.RegistryNumber", "X"), new("Input.Version", version)]),
                ($"/Economy/Budget?year={NextYear}&handler=Create", [new("Input.Name", "Smuggel")]),
                ("/Economy/Budget/FinancialGoals", [new("Input.Name", "Smuggel"), new("Input.Percent", "1"), new("Input.Kind", "MinimumResultShare")]),
            };
            foreach (var (url, fields) in posts)
                Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync(url, fields.Prepend(new("__RequestVerificationToken", token)))).StatusCode);
        }
        var stored = await app.ProposalAsync(Halland, proposal.Id);
        Assert.Equal(("Behörighetsprov", proposal.Version), (stored.Name, stored.Version));
        Assert.False(await app.WithDbAsync(Halland, db => db.BudgetProposals.AnyAsync(p => p.Name == "Smuggel")));
        Assert.False(await app.WithDbAsync(Halland, db => db.FinancialGoals.AnyAsync(g => g.Name == "Smuggel")));

        // A controller of another organisation does not even learn that the proposal exists.
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeController);
        await blekinge.GetDocumentAsync(Details(proposal.Id), HttpStatusCode.NotFound);
        await blekinge.GetDocumentAsync(FramesForm(proposal.Id), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await blekinge.PostAsync(FramesForm(proposal.Id),
            [new("__RequestVerificationToken", await blekinge.AntiforgeryTokenAsync()), new("Input.Name", "Smuggel")])).StatusCode);
        Assert.DoesNotContain("Behörighetsprov", (await blekinge.GetDocumentAsync($"/Economy/Budget?year={NextYear}")).QuerySelector("main")!.TextContent);

        // A post without the anti-forgery token is refused before anything else.
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        Assert.Equal(HttpStatusCode.BadRequest, (await controller.PostAsync(FramesForm(proposal.Id), [new("Input.Name", "Smuggel")])).StatusCode);
    }

    [Fact]
    public async Task The_proposals_Excel_export_holds_every_committees_frames_per_year()
    {
        var proposal = await app.ArrangeProposalAsync(Halland, NextYear, "Excelprov", (c, y) => (1000 * (c + 1) + y, 10 * (c + 1)));
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var response = await reader.Http.GetAsync($"{Details(proposal.Id)}&handler=Excel");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal([NextYear.ToString(), (NextYear + 1).ToString(), (NextYear + 2).ToString()], workbook.Worksheets.Select(s => s.Name));
        var committees = await app.WithDbAsync(Halland, CommitteesAsync);
        var sheet = workbook.Worksheet((NextYear + 2).ToString());
        Assert.Equal(["Nämnd", "Excelprov: Driftramar (tkr)", "Excelprov: Investeringsramar (tkr)"],
            Enumerable.Range(1, 3).Select(c => sheet.Cell(1, c).GetString()));
        for (var c = 0; c < committees.Count; c++)
        {
            Assert.Equal(committees[c].Name, sheet.Cell(c + 2, 1).GetString());
            Assert.Equal((1000m * (c + 1) + 2, 10m * (c + 1)), (sheet.Cell(c + 2, 2).GetValue<decimal>(), sheet.Cell(c + 2, 3).GetValue<decimal>()));
        }
        Assert.Equal(Enumerable.Range(1, committees.Count).Sum(c => 1000m * c + 2), sheet.Cell(committees.Count + 2, 2).GetValue<decimal>());
    }
}
