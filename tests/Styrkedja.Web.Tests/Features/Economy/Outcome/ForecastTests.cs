using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports;
using Styrkedja.Web.Tests.Features.Reports;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Economy.Outcome.OutcomeTestData;

namespace Styrkedja.Web.Tests.Features.Economy.Outcome;

/// <summary>
/// Full-year forecasts per unit and round: the proposal (outcome to date + remaining budget) from generated
/// ledger amounts, the controller's adjustment with a comment, concurrency, rights, and the unit report's
/// economy filled from them.
/// </summary>
public class ForecastTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";
    private const int RoundMonth = 6;

    /// <summary>Generated amounts with outcome to June, a June round of next year, and HSN's expected figures (tkr).</summary>
    private async Task<(int RoundId, int HsnId, int ReportId, decimal Proposal, decimal BudgetYear)> ArrangeAsync(int seed)
    {
        var amounts = await app.GenerateAsync(seed, lastOutcomeMonth: RoundMonth);
        var subtree = await app.SubtreeAsync(Hsn);
        var (roundId, hsnId, reportId) = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == NextYear);
            var type = new ReportType
            {
                OrganisationId = year.OrganisationId, Name = "Prognosrapport " + Guid.NewGuid().ToString("N")[..8], Months = $"{RoundMonth}",
                Writers = ReportWriters.Committees,
            };
            db.ReportTypes.Add(type);
            var round = await ReportRules.OpenRoundAsync(db, type, year, RoundMonth, new DateOnly(NextYear, 7, 15));
            await db.SaveChangesAsync();
            var report = round.Reports.Single(r => r.OrgUnit!.Name == Hsn);
            return (round.Id, report.OrgUnitId, report.Id);
        });
        var outcome = amounts.Tkr(a => subtree.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Outcome);
        var remaining = amounts.Tkr(a => subtree.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Budget && a.Month > RoundMonth);
        var budgetYear = amounts.Tkr(a => subtree.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Budget);
        return (roundId, hsnId, reportId, outcome + remaining, budgetYear);
    }

    private static string EditUrl(int roundId, int unitId) => $"/Economy/Outcome/Forecast/{roundId}/{unitId}";

    private Task<EconomyForecast?> StoredAsync(int roundId, int unitId) => app.WithDbAsync(DemoUsers.Halland, db =>
        db.EconomyForecasts.SingleOrDefaultAsync(f => f.ReportRoundId == roundId && f.OrgUnitId == unitId));

    [Fact]
    public async Task The_proposal_is_outcome_to_date_plus_remaining_budget_and_an_adjustment_needs_a_comment()
    {
        var (roundId, hsnId, _, proposal, _) = await ArrangeAsync(41);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var list = await controller.GetDocumentAsync($"/Economy/Outcome/Forecasts/{roundId}");
        var cells = list.QuerySelector($"#forecasts tr[data-unit='{hsnId}']")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(Whole(proposal), cells[2]);
        Assert.StartsWith(Whole(proposal) + " (förslag)", cells[3]);
        var form = await controller.GetDocumentAsync(EditUrl(roundId, hsnId));
        Assert.Equal(ReportDisplay.Input(proposal), form.QuerySelector("input[name='Input.Amount']")!.GetAttribute("value"));

        var adjusted = proposal + 2500m;
        var refused = await controller.SubmitFormAsync(EditUrl(roundId, hsnId), new() { ["Input.Amount"] = ReportDisplay.Input(adjusted) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Motivera varför prognosen avviker från förslaget.", await refused.Content.ReadAsStringAsync());
        var notANumber = await controller.SubmitFormAsync(EditUrl(roundId, hsnId), new() { ["Input.Amount"] = "mycket" });
        Assert.Contains("id=\"Input_Amount-error\"", await notANumber.Content.ReadAsStringAsync());
        Assert.Null(await StoredAsync(roundId, hsnId));

        var saved = await controller.SubmitFormAsync(EditUrl(roundId, hsnId),
            new() { ["Input.Amount"] = ReportDisplay.Input(adjusted), ["Input.Comment"] = "Högre kostnader för hyrpersonal." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Economy/Outcome/Forecasts/{roundId}", saved.Headers.Location?.ToString());
        var stored = await StoredAsync(roundId, hsnId);
        Assert.Equal(adjusted, stored!.Amount);
        Assert.Equal(proposal, stored.ProposedAmount);
        var after = await controller.GetDocumentAsync($"/Economy/Outcome/Forecasts/{roundId}");
        Assert.Contains("Högre kostnader för hyrpersonal.", after.QuerySelector($"#forecasts tr[data-unit='{hsnId}']")!.TextContent);
        var audit = await app.WithDbAsync(DemoUsers.Halland, db =>
            db.AuditEntries.CountAsync(a => a.EntityType == nameof(EconomyForecast) && a.EntityId == stored.Id.ToString()));
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task A_stale_form_is_refused_and_only_controllers_over_the_unit_adjust()
    {
        var (roundId, hsnId, _, proposal, _) = await ArrangeAsync(42);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        await controller.SubmitFormAsync(EditUrl(roundId, hsnId), new() { ["Input.Amount"] = ReportDisplay.Input(proposal) });
        var (action, stale) = await controller.ReadFormAsync(EditUrl(roundId, hsnId));
        await controller.SubmitFormAsync(EditUrl(roundId, hsnId), new() { ["Input.Amount"] = ReportDisplay.Input(proposal + 1), ["Input.Comment"] = "Först." });

        stale.RemoveAll(v => v.Key is "Input.Amount" or "Input.Comment");
        stale.AddRange([new("Input.Amount", ReportDisplay.Input(proposal + 2)), new("Input.Comment", "Sist.")]);
        var conflict = await controller.PostAsync(action, stale);
        Assert.Contains("har ändrats av", await conflict.Content.ReadAsStringAsync());
        Assert.Equal(proposal + 1, (await StoredAsync(roundId, hsnId))!.Amount);

        // An editor of the committee reads the list but may not adjust; nor may a crafted post without a token pass.
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var list = await editor.GetDocumentAsync($"/Economy/Outcome/Forecasts/{roundId}");
        Assert.Empty(list.QuerySelectorAll("#forecasts a"));
        await editor.GetDocumentAsync(EditUrl(roundId, hsnId), HttpStatusCode.Forbidden);
        var token = await editor.AntiforgeryTokenAsync();
        var crafted = await editor.PostAsync(EditUrl(roundId, hsnId),
            [new("Input.Amount", "1"), new("Input.Comment", "x"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        var tokenless = await controller.PostAsync(EditUrl(roundId, hsnId), [new("Input.Amount", "1"), new("Input.Comment", "x")]);
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
        Assert.Equal(proposal + 1, (await StoredAsync(roundId, hsnId))!.Amount);

        // Another organisation's controller does not find the round.
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeController);
        await blekinge.GetDocumentAsync($"/Economy/Outcome/Forecasts/{roundId}", HttpStatusCode.NotFound);
        await blekinge.GetDocumentAsync(EditUrl(roundId, hsnId), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_unit_report_fills_its_economy_from_the_ledger_and_the_forecast()
    {
        var (roundId, hsnId, reportId, proposal, budgetYear) = await ArrangeAsync(43);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        await controller.SubmitFormAsync(EditUrl(roundId, hsnId),
            new() { ["Input.Amount"] = ReportDisplay.Input(proposal - 100), ["Input.Comment"] = "Lägre kostnader." });
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var filled = await AppClient.ParseAsync(await editor.SubmitFormAsync($"/Reports/Economy/{reportId}", [], "main form[action*='handler=Ledger']"));

        Assert.Equal(ReportDisplay.Input(budgetYear), filled.QuerySelector("input[name='Input.BudgetYear']")!.GetAttribute("value"));
        Assert.Equal(ReportDisplay.Input(proposal - 100), filled.QuerySelector("input[name='Input.ForecastYear']")!.GetAttribute("value"));
        Assert.Null((await app.ReportAsync(reportId)).BudgetYear); // filled, not yet saved

        var saved = await editor.SubmitFormAsync($"/Reports/Economy/{reportId}", new()
        {
            ["Input.BudgetYear"] = filled.QuerySelector("input[name='Input.BudgetYear']")!.GetAttribute("value"),
            ["Input.ForecastYear"] = filled.QuerySelector("input[name='Input.ForecastYear']")!.GetAttribute("value"),
        }, "main form:not([action*='handler'])");
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect,
            string.Join(" | ", (await AppClient.ParseAsync(saved)).QuerySelectorAll(".field-error, [role=alert], .error-summary li").Select(e => e.TextContent.Trim())));
        var report = await app.ReportAsync(reportId);
        Assert.Equal(budgetYear, report.BudgetYear);
        Assert.Equal(proposal - 100, report.ForecastYear);
    }
}
