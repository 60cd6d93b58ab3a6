using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports.Consolidated;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>
/// The consolidated figures equal the sums of the units' figures, on generated rounds: the expected
/// values are computed here from the rows themselves (walking parents, not paths), independently of the reader.
/// </summary>
public class ConsolidationFigureTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly ReportState[] Counted = [ReportState.Submitted, ReportState.Reviewed, ReportState.Adopted];

    private sealed record Expected(
        Dictionary<string, int[]> ByLevel, Dictionary<string, int[]> ByCommittee, int[] Total,
        Dictionary<int, decimal?[]> EconomyByUnit, decimal?[] EconomyTotal, HashSet<int> MissingReports, List<string> Summaries);

    private Task<(Consolidation Actual, Expected Expected)> ReadAsync(int roundId) => app.WithDbAsync(DemoUsers.Halland, async db =>
    {
        var round = await ConsolidatedAccess.RoundAsync(db, roundId);
        var actual = await ConsolidationReader.ReadAsync(db, round!);
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var reports = await db.Reports.AsNoTracking().Where(r => r.ReportRoundId == roundId).ToListAsync();
        var economyOnly = round!.ReportType!.Writers == ReportWriters.None;
        var counted = reports.Where(r => economyOnly || Counted.Contains(r.State)).ToList();
        var assessments = await db.ReportGoalAssessments.AsNoTracking().Include(a => a.Goal!).ThenInclude(g => g.Level)
            .Where(a => a.Report!.ReportRoundId == roundId).ToListAsync();

        IEnumerable<OrgUnit> SelfAndAncestors(int unitId)
        {
            for (OrgUnit? unit = units[unitId]; unit is not null; unit = unit.ParentId is { } parent ? units[parent] : null)
                yield return unit;
        }
        string CommitteeOf(int unitId) =>
            (SelfAndAncestors(unitId).FirstOrDefault(u => u.Kind is OrgUnitKind.Namnd or OrgUnitKind.Styrelse) ?? units[unitId]).Name;

        var byLevel = new Dictionary<string, int[]>();
        var byCommittee = new Dictionary<string, int[]>();
        var total = new int[8];
        foreach (var a in assessments.Where(a => counted.Any(r => r.Id == a.ReportId)))
        {
            var unitId = reports.Single(r => r.Id == a.ReportId).OrgUnitId;
            foreach (var counts in new[] { Row(byLevel, a.Goal!.Level!.Name), Row(byCommittee, CommitteeOf(unitId)), total })
            {
                counts[(int)a.AtPeriodEnd]++;
                counts[4 + (int)a.Forecast]++;
            }
        }

        var economy = new Dictionary<int, decimal?[]>();
        foreach (var report in counted)
            foreach (var unit in SelfAndAncestors(report.OrgUnitId))
                Add(economy.TryGetValue(unit.Id, out var sums) ? sums : economy[unit.Id] = new decimal?[4], report);
        var economyTotal = new decimal?[4];
        foreach (var report in counted)
            Add(economyTotal, report);

        var summaries = counted.Where(r => units[r.OrgUnitId].Kind is OrgUnitKind.Namnd or OrgUnitKind.Styrelse)
            .Select(r => units[r.OrgUnitId].Name).ToList();
        return (actual, new Expected(byLevel, byCommittee, total, economy, economyTotal,
            reports.Except(counted).Select(r => r.Id).ToHashSet(), economyOnly ? [] : summaries));
    });

    private static int[] Row(Dictionary<string, int[]> rows, string name) =>
        rows.TryGetValue(name, out var row) ? row : rows[name] = new int[8];

    private static void Add(decimal?[] sums, Report report)
    {
        decimal?[] figures = [report.BudgetYear, report.BudgetToDate, report.OutcomeToDate, report.ForecastYear];
        for (var i = 0; i < 4; i++)
            if (figures[i] is { } figure)
                sums[i] = (sums[i] ?? 0) + figure;
    }

    private static int[] Counts(FulfilmentRow row) =>
        [.. Enum.GetValues<Fulfilment>().Select(f => row.AtPeriodEnd[f]), .. Enum.GetValues<Fulfilment>().Select(f => row.Forecast[f])];

    private static decimal?[] Figures(EconomyFigures f) => [f.BudgetYear, f.BudgetToDate, f.OutcomeToDate, f.ForecastYear];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_consolidated_figures_are_the_sums_of_the_counted_reports(int seed)
    {
        var round = await app.ArrangeRoundAsync(seed);
        var (actual, expected) = await ReadAsync(round.Id);

        Assert.True(expected.Total.Sum() > 0, "The generated round should have counted assessments.");
        Assert.Equal(expected.ByLevel.OrderBy(p => p.Key).Select(p => (p.Key, string.Join(",", p.Value))),
            actual.ByLevel.Select(r => (r.Name, string.Join(",", Counts(r)))).OrderBy(p => p.Name));
        Assert.Equal(expected.ByCommittee.OrderBy(p => p.Key).Select(p => (p.Key, string.Join(",", p.Value))),
            actual.ByCommittee.Select(r => (r.Name, string.Join(",", Counts(r)))).OrderBy(p => p.Name));
        Assert.Equal(expected.Total, Counts(actual.Total));
        Assert.Equal(actual.Total.AtPeriodEnd.Total, actual.ByLevel.Sum(r => r.AtPeriodEnd.Total));
        Assert.Equal(actual.Total.Forecast.Total, actual.ByCommittee.Sum(r => r.Forecast.Total));

        Assert.Equal(expected.EconomyByUnit.Keys.Order(), actual.Economy.Select(r => r.UnitId).Order());
        foreach (var row in actual.Economy)
            Assert.Equal(expected.EconomyByUnit[row.UnitId], Figures(row.Figures));
        Assert.Equal(expected.EconomyTotal, Figures(actual.EconomyTotal));
        var root = actual.Economy.First();
        Assert.Equal(0, root.Depth);
        Assert.Equal(Figures(actual.EconomyTotal), Figures(root.Figures));
        Assert.Equal(actual.EconomyTotal.BudgetYear - actual.EconomyTotal.ForecastYear, actual.EconomyTotal.DeviationYear);

        Assert.Equal(expected.MissingReports.Order(), actual.Missing.Select(m => m.ReportId).Order());
        Assert.Equal(expected.Summaries.Order(), actual.Summaries.Select(s => s.UnitName).Order());
        Assert.All(actual.Summaries, s => Assert.Equal($"Sammanfattning av {s.UnitName}", s.Body));
    }

    [Fact]
    public async Task A_report_sent_back_or_not_submitted_leaves_the_figures_and_is_listed_as_missing()
    {
        var round = await app.ArrangeRoundAsync(7);
        var (before, _) = await ReadAsync(round.Id);
        // Send back one counted committee report that has assessments.
        var (reportId, unitName, assessed) = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var report = await db.Reports.Include(r => r.OrgUnit).Include(r => r.Assessments)
                .Where(r => r.ReportRoundId == round.Id && Counted.Contains(r.State) && r.Assessments.Count > 0)
                .OrderBy(r => r.Id).FirstAsync();
            report.State = ReportState.Returned;
            report.ReturnComment = "Komplettera analysen.";
            await db.SaveChangesAsync();
            return (report.Id, report.OrgUnit!.Name, report.Assessments.Count);
        });
        var (after, expected) = await ReadAsync(round.Id);

        Assert.Equal(before.Total.AtPeriodEnd.Total - assessed, after.Total.AtPeriodEnd.Total);
        Assert.Equal(expected.Total, Counts(after.Total));
        Assert.Contains(after.Missing, m => m.ReportId == reportId && m.State == ReportState.Returned && m.UnitName == unitName);
        Assert.DoesNotContain(after.Summaries, s => s.ReportId == reportId);
        Assert.Equal(expected.EconomyTotal, Figures(after.EconomyTotal));
    }

    [Fact]
    public async Task An_economy_only_round_counts_every_row_and_has_only_the_economy()
    {
        var round = await app.ArrangeRoundAsync(11, ReportWriters.None);
        var (actual, expected) = await ReadAsync(round.Id);

        Assert.True(actual.EconomyOnly);
        Assert.Empty(actual.Missing);
        Assert.Empty(actual.ByLevel);
        Assert.Empty(actual.Summaries);
        Assert.Equal(expected.EconomyTotal, Figures(actual.EconomyTotal));
        Assert.Equal(expected.EconomyByUnit.Keys.Order(), actual.Economy.Select(r => r.UnitId).Order());
    }
}
