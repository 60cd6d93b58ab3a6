using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.InternalControl;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.InternalControl.ControlPlanTestData;

namespace Styrkedja.Web.Tests.Features.InternalControl;

public class ControlResultsSummaryTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Halland = DemoUsers.Halland;

    private static readonly string[] Committees =
    [
        "Regionstyrelsen", "Hälso- och sjukvårdsnämnden", "Psykiatrinämnden", "Regionala utvecklingsnämnden",
        "Kultur- och skolnämnden", "Kollektivtrafiknämnden",
    ];

    /// <summary>
    /// Generated plans for next year: each committee a random number of controls, each control a random
    /// outcome for the whole year or none, and some results of a round too (which the whole year must not count).
    /// Returns the expected counts per committee: no remarks, remarks, serious deficiencies, not reported.
    /// </summary>
    private async Task<Dictionary<string, int[]>> GenerateAsync()
    {
        var random = new Random(8);
        var expected = new Dictionary<string, int[]>();
        foreach (var name in Committees)
        {
            var outcomes = Enumerable.Range(0, random.Next(1, 7))
                .Select(_ => random.Next(4) is var n && n == 3 ? (ControlOutcome?)null : (ControlOutcome)n).ToList();
            var plan = await app.ArrangeControlPlanAsync(Halland, name, NextYear, PlanState.Decided,
                outcomes.Select((_, i) => $"Kontroll {i + 1}").ToArray());
            await app.WithDbAsync(Halland, async db =>
            {
                var round = await db.ReportRounds.FirstOrDefaultAsync();
                foreach (var (control, outcome) in plan.Controls.OrderBy(c => c.SortOrder).Zip(outcomes))
                {
                    if (outcome is { } o)
                        db.ControlResults.Add(new ControlResult
                        {
                            OrganisationId = control.OrganisationId, ControlId = control.Id, Outcome = o, PerformedOn = new DateOnly(NextYear, 12, 1),
                        });
                    if (round is not null)
                        db.ControlResults.Add(new ControlResult
                        {
                            OrganisationId = control.OrganisationId, ControlId = control.Id, ReportRoundId = round.Id,
                            Outcome = ControlOutcome.SeriousDeficiencies, PerformedOn = new DateOnly(NextYear, 5, 1),
                        });
                }
                return await db.SaveChangesAsync();
            });
            expected[name] =
            [
                outcomes.Count(o => o == ControlOutcome.NoRemarks), outcomes.Count(o => o == ControlOutcome.Remarks),
                outcomes.Count(o => o == ControlOutcome.SeriousDeficiencies), outcomes.Count(o => o is null),
            ];
        }
        return expected;
    }

    private static int[] Cells(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent.Trim())).ToArray();

    [Fact]
    public async Task The_annual_sum_equals_the_sum_of_the_committees_results_on_generated_data()
    {
        var expected = await GenerateAsync();
        var total = Enumerable.Range(0, 4).Select(i => expected.Values.Sum(e => e[i])).ToArray();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var page = await controller.GetDocumentAsync($"/InternalControl/ControlPlans/Summary?year={NextYear}");

        var rows = page.QuerySelectorAll("#control-results tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), Cells);
        Assert.Equal(Committees.Order(), rows.Keys.Order());
        foreach (var (name, counts) in expected)
            Assert.Equal([.. counts, counts.Sum()], rows[name]);
        var footer = Cells(page.QuerySelector("#control-results tfoot tr")!);
        Assert.Equal([.. total, total.Sum()], footer);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => rows.Values.Sum(r => r[i])), footer);

        // The reader the reports use gives the same sums.
        var summary = await app.WithDbAsync(Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == NextYear);
            var units = await db.OrgUnits.Where(u => Committees.Contains(u.Name)).ToListAsync();
            return await ControlResultsReader.ReadAsync(db, year.Id, null, units);
        });
        Assert.Equal(new OutcomeCounts(total[0], total[1], total[2], total[3]), summary.Total);
        Assert.Equal(expected.Values.Sum(e => e.Sum()), summary.Committees.Sum(c => c.Controls.Count));

        // A committee editor's summary holds only the own committee.
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var own = await editor.GetDocumentAsync($"/InternalControl/ControlPlans/Summary?year={NextYear}");
        Assert.Equal(["Hälso- och sjukvårdsnämnden"], own.QuerySelectorAll("#control-results tbody th").Select(t => t.TextContent.Trim()));
        var hsn = expected["Hälso- och sjukvårdsnämnden"];
        Assert.Equal([.. hsn, hsn.Sum()], Cells(own.QuerySelector("#control-results tfoot tr")!));
    }
}
