using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.InternalControl.ControlPlanTestData;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>
/// The verksamhetsberättelse shows the committee's internal-control report and the annual report sums all
/// committees' results (issue 8), on generated plans of next year so that no demo result is counted.
/// </summary>
public class InternalControlReportTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Halland = DemoUsers.Halland;
    private const string Hsn = ReportTestData.Hsn;

    private static readonly string[] Committees =
    [
        "Regionstyrelsen", Hsn, "Psykiatrinämnden", "Regionala utvecklingsnämnden", "Kultur- och skolnämnden", "Kollektivtrafiknämnden",
    ];

    private static ControlOutcome? RandomOutcome(Random random) => random.Next(4) is var n && n == 3 ? null : (ControlOutcome)n;

    /// <summary>
    /// A round of next year of a type of the test's own that includes internal control (or not), and per
    /// committee a plan with a random number of controls, each with a random result for the year and for
    /// the round (either may be missing). Returns the round and the expected counts per committee — the
    /// round's result where there is one, otherwise the year's: no remarks, remarks, serious, not reported.
    /// </summary>
    private async Task<(ReportRound Round, Dictionary<string, int[]> Expected)> GenerateAsync(int seed, bool includesInternalControl)
    {
        var random = new Random(seed);
        var round = await app.WithDbAsync(Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == NextYear);
            var type = new ReportType
            {
                OrganisationId = year.OrganisationId, Name = "Testberättelse " + Guid.NewGuid().ToString("N")[..8], Months = "12",
                Writers = ReportWriters.Committees, IncludesInternalControl = includesInternalControl,
            };
            db.ReportTypes.Add(type);
            var opened = await ReportRules.OpenRoundAsync(db, type, year, 12, new DateOnly(NextYear + 1, 2, 15));
            await db.SaveChangesAsync();
            return opened;
        });
        var expected = new Dictionary<string, int[]>();
        foreach (var name in Committees)
        {
            var outcomes = Enumerable.Range(0, random.Next(1, 6)).Select(_ => (Year: RandomOutcome(random), Round: RandomOutcome(random))).ToList();
            var plan = await app.ArrangeControlPlanAsync(Halland, name, NextYear, PlanState.Decided,
                outcomes.Select((_, i) => $"Kontroll {i + 1}").ToArray());
            await app.WithDbAsync(Halland, async db =>
            {
                foreach (var (control, outcome) in plan.Controls.OrderBy(c => c.SortOrder).Zip(outcomes))
                {
                    if (outcome.Year is { } year)
                        db.ControlResults.Add(Result(control, null, year));
                    if (outcome.Round is { } inRound)
                        db.ControlResults.Add(Result(control, round.Id, inRound));
                }
                return await db.SaveChangesAsync();
            });
            var shown = outcomes.Select(o => o.Round ?? o.Year).ToList();
            expected[name] =
            [
                shown.Count(o => o == ControlOutcome.NoRemarks), shown.Count(o => o == ControlOutcome.Remarks),
                shown.Count(o => o == ControlOutcome.SeriousDeficiencies), shown.Count(o => o is null),
            ];
        }
        return (round, expected);
    }

    private static ControlResult Result(Control control, int? roundId, ControlOutcome outcome) => new()
    {
        OrganisationId = control.OrganisationId, ControlId = control.Id, ReportRoundId = roundId, Outcome = outcome,
        PerformedOn = new DateOnly(NextYear, 11, 1),
    };

    private static int[] Cells(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent.Trim())).ToArray();

    [Fact]
    public async Task The_annual_report_sums_every_committees_results_on_generated_data()
    {
        var (round, expected) = await GenerateAsync(11, includesInternalControl: true);
        var total = Enumerable.Range(0, 4).Select(i => expected.Values.Sum(e => e[i])).ToArray();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var page = await controller.GetDocumentAsync($"/Reports/Consolidated/{round.Id}");

        var rows = page.QuerySelectorAll("#control-results tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), Cells);
        Assert.Equal(Committees.Order(), rows.Keys.Order());
        foreach (var (name, counts) in expected)
            Assert.Equal([.. counts, counts.Sum()], rows[name]);
        Assert.Equal([.. total, total.Sum()], Cells(page.QuerySelector("#control-results tfoot tr")!));

        // The Word file carries the same section, with the total row.
        var response = await controller.Http.GetAsync($"/Reports/Consolidated/Export/{round.Id}?format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var tables = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
        var totalRow = tables.SelectMany(t => t.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
            .Select(r => r.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList())
            .Single(cells => cells[0] == "Totalt" && cells.Count == 6);
        Assert.Equal([.. total, total.Sum()], totalRow.Skip(1).Select(int.Parse));
    }

    [Fact]
    public async Task The_committees_report_shows_its_own_internal_control_only()
    {
        var (round, expected) = await GenerateAsync(12, includesInternalControl: true);
        var reportId = await app.WithDbAsync(Halland, db =>
            db.Reports.Where(r => r.ReportRoundId == round.Id && r.OrgUnit!.Name == Hsn).Select(r => r.Id).SingleAsync());
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var page = await editor.GetDocumentAsync($"/Reports/Details/{reportId}");

        var rows = page.QuerySelectorAll("#control-results tbody tr").ToList();
        Assert.Equal(Hsn, Assert.Single(rows).QuerySelector("th")!.TextContent.Trim());
        Assert.Equal([.. expected[Hsn], expected[Hsn].Sum()], Cells(rows[0]));
        Assert.Equal(expected[Hsn].Sum(), page.QuerySelectorAll("section.control-results tbody tr").Length);
    }

    [Fact]
    public async Task A_report_type_without_internal_control_shows_none()
    {
        var (round, _) = await GenerateAsync(13, includesInternalControl: false);
        var reportId = await app.WithDbAsync(Halland, db =>
            db.Reports.Where(r => r.ReportRoundId == round.Id && r.OrgUnit!.Name == Hsn).Select(r => r.Id).SingleAsync());
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        Assert.Null((await controller.GetDocumentAsync($"/Reports/Details/{reportId}")).QuerySelector("#control-results"));
        Assert.Null((await controller.GetDocumentAsync($"/Reports/Consolidated/{round.Id}")).QuerySelector("#control-results"));
    }
}
