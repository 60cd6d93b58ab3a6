using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Economy.Outcome.OutcomeTestData;

namespace Styrkedja.Web.Tests.Features.Economy.Outcome;

/// <summary>Outcome against budget: per month, budget line and unit, rolled up the tree, on generated ledger amounts.</summary>
public class OutcomePageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";

    private static string[] Row(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray();

    [Fact]
    public async Task The_months_lines_and_units_sum_the_generated_amounts_of_the_units_subtree()
    {
        var amounts = await app.GenerateAsync(seed: 21, lastOutcomeMonth: 5);
        var subtree = await app.SubtreeAsync(Hsn);
        var hsnId = await app.WithDbAsync(DemoUsers.Halland, db => db.OrgUnits.Where(u => u.Name == Hsn).Select(u => u.Id).SingleAsync());
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await reader.GetDocumentAsync($"/Economy/Outcome?year={NextYear}&unit={hsnId}");

        var months = page.QuerySelectorAll("#outcome-months tbody tr").Select(Row).ToList();
        Assert.Equal(12, months.Count);
        for (var month = 1; month <= 12; month++)
        {
            var budget = amounts.Tkr(a => subtree.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Budget && a.Month == month);
            Assert.Equal(Whole(budget), months[month - 1][1]);
            if (month <= 5)
            {
                var outcome = amounts.Tkr(a => subtree.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Outcome && a.Month == month);
                Assert.Equal(Whole(outcome), months[month - 1][2]);
                Assert.StartsWith(Whole(budget - outcome), months[month - 1][3]);
                Assert.Equal(budget - outcome < 0, months[month - 1][3].Contains("underskott"));
            }
            else
                Assert.Equal("", months[month - 1][2]); // not booked yet
        }
        var toDate = Row(page.QuerySelector("#outcome-months tfoot tr")!);
        Assert.Equal(Whole(amounts.Tkr(a => subtree.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Budget && a.Month <= 5)), toDate[1]);
        Assert.Equal(Whole(amounts.Tkr(a => subtree.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Outcome)), toDate[2]);

        // Each line's outcome to date, and the units below rolled up with the committee's own level first.
        var lines = page.QuerySelectorAll("#outcome-lines tbody tr").Select(Row).ToList();
        foreach (var lineId in amounts.Select(a => a.LineId).Distinct())
        {
            var name = await app.WithDbAsync(DemoUsers.Halland, db => db.BudgetLines.Where(l => l.Id == lineId).Select(l => l.Name).SingleAsync());
            var outcome = amounts.Tkr(a => subtree.Contains(a.UnitId) && a.LineId == lineId && a.Kind == LedgerAmountKind.Outcome);
            Assert.Equal(Whole(outcome), lines.Single(l => l[0] == name)[2]);
        }
        var unitRows = page.QuerySelectorAll("#outcome-units tbody tr").ToList();
        Assert.Contains($"{Hsn} (egen nivå)", Row(unitRows[0])[0]);
        foreach (var row in unitRows.Skip(1))
        {
            var childId = int.Parse(row.GetAttribute("data-unit")!);
            var childTree = await app.WithDbAsync(DemoUsers.Halland, async db =>
            {
                var path = await db.OrgUnits.Where(u => u.Id == childId).Select(u => u.Path).SingleAsync();
                return (await db.OrgUnits.Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync()).ToHashSet();
            });
            Assert.Equal(Whole(amounts.Tkr(a => childTree.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Outcome)), Row(row)[2]);
            Assert.Equal($"?year={NextYear}&unit={childId}", row.QuerySelector("a")!.GetAttribute("href"));
        }

        // The chart is an image with a title; the table above it is its text alternative.
        Assert.NotNull(page.QuerySelector("svg[role=img] title"));
    }

    [Fact]
    public async Task The_excel_file_holds_the_same_figures_as_numbers()
    {
        var amounts = await app.GenerateAsync(seed: 22, lastOutcomeMonth: 3);
        var rootId = await app.WithDbAsync(DemoUsers.Halland, db => db.OrgUnits.Where(u => u.ParentId == null).OrderBy(u => u.Path).Select(u => u.Id).FirstAsync());
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var response = await reader.Http.GetAsync($"/Economy/Outcome/Export?year={NextYear}&unit={rootId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var months = workbook.Worksheet("Per månad");
        Assert.Equal("Budget (tkr)", months.Cell(1, 2).GetString());
        var all = await app.SubtreeAsync(await app.WithDbAsync(DemoUsers.Halland, db => db.OrgUnits.Where(u => u.Id == rootId).Select(u => u.Name).SingleAsync()));
        Assert.Equal(amounts.Tkr(a => all.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Budget && a.Month == 2), months.Cell(3, 2).GetValue<decimal>());
        Assert.Equal(amounts.Tkr(a => all.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Outcome && a.Month == 2), months.Cell(3, 3).GetValue<decimal>());
        Assert.True(months.Cell(5, 3).IsEmpty()); // April is not booked
        var units = workbook.Worksheet("Per enhet");
        var lastRow = units.LastRowUsed()!.RowNumber();
        Assert.Equal("Hittills i år", units.Cell(lastRow, 1).GetString());
        // The rows are rounded to öre in tkr one by one, so their sum may differ from the total by that rounding.
        var rowsSum = Enumerable.Range(2, lastRow - 2).Sum(r => units.Cell(r, 3).GetValue<decimal>());
        Assert.InRange(units.Cell(lastRow, 3).GetValue<decimal>() - rowsSum, -0.01m * lastRow, 0.01m * lastRow);
        Assert.Equal(amounts.Tkr(a => all.Contains(a.UnitId) && a.Kind == LedgerAmountKind.Outcome), units.Cell(lastRow, 3).GetValue<decimal>());
    }

    [Fact]
    public async Task A_year_without_ledger_says_so_and_units_of_other_organisations_are_not_found()
    {
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync($"/Economy/Outcome?year={NextYear + 1}", HttpStatusCode.OK);
        Assert.Null(page.QuerySelector("#outcome-months"));

        var blekingeUnit = await app.WithDbAsync(DemoUsers.Blekinge, db => db.OrgUnits.Select(u => u.Id).FirstAsync());
        await reader.GetDocumentAsync($"/Economy/Outcome?unit={blekingeUnit}", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync($"/Economy/Outcome/Export?year={NextYear + 1}")).StatusCode);

        using var anonymous = app.CreateAppClient();
        var response = await anonymous.Http.GetAsync("/Economy/Outcome");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString());
    }
}
