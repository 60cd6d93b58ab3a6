using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>A report the test opened a round for, with the unit's goals of the year it must assess.</summary>
internal sealed record ArrangedReport(int Id, int RoundId, int Year, IReadOnlyList<int> GoalIds, IReadOnlyList<string> GoalTitles);

/// <summary>Arranges unit reports directly in the database, so the tests depend on no demo round.</summary>
internal static class ReportTestData
{
    public const string Hsn = "Hälso- och sjukvårdsnämnden";
    public const string Run = "Regionala utvecklingsnämnden";

    /// <summary>July: a month the demo's report cycles do not follow up, and so a round of our own.</summary>
    public const int Month = 7;

    public static int ThisYear => DateTime.Now.Year;

    /// <summary>
    /// Opens a fresh round of the organisation's first writing report type for July this year (any
    /// round of that period is removed first) and returns the unit's report in it.
    /// </summary>
    public static Task<ArrangedReport> ArrangeReportAsync(this StyrkedjaFactory app, string unitName = Hsn,
        string organisation = DemoUsers.Halland) =>
        app.WithDbAsync(organisation, async db =>
        {
            var type = await db.ReportTypes.Where(t => t.Writers != ReportWriters.None).OrderBy(t => t.SortOrder).FirstAsync();
            var year = await db.PlanningYears.SingleAsync(y => y.Year == ThisYear);
            db.ReportRounds.RemoveRange(await db.ReportRounds
                .Where(r => r.ReportTypeId == type.Id && r.PlanningYearId == year.Id && r.Month == Month).ToListAsync());
            await db.SaveChangesAsync();
            var round = await ReportRules.OpenRoundAsync(db, type, year, Month, ReportRules.DefaultDueOn(type, year.Year, Month));
            await db.SaveChangesAsync();
            var report = round.Reports.Single(r => r.OrgUnit!.Name == unitName);
            var goals = await db.Goals.Where(g => g.OwnerUnitId == report.OrgUnitId && g.PlanningYearId == year.Id)
                .OrderBy(g => g.Title).ToListAsync();
            Assert.NotEmpty(goals);
            return new ArrangedReport(report.Id, round.Id, year.Year, goals.Select(g => g.Id).ToList(), goals.Select(g => g.Title).ToList());
        });

    /// <summary>Assesses every goal of the report in the database (as met), the way a writer would have.</summary>
    public static Task AssessAllAsync(this StyrkedjaFactory app, ArrangedReport arranged) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var report = await db.Reports.Include(r => r.Assessments).SingleAsync(r => r.Id == arranged.Id);
            foreach (var goalId in arranged.GoalIds.Where(id => report.Assessments.All(a => a.GoalId != id)))
                report.Assessments.Add(new ReportGoalAssessment
                {
                    OrganisationId = report.OrganisationId, GoalId = goalId, AtPeriodEnd = Fulfilment.Met, Forecast = Fulfilment.Met,
                    Analysis = "Enligt plan.",
                });
            report.State = ReportState.InProgress;
            await db.SaveChangesAsync();
            return 0;
        });

    public static Task SetStateAsync(this StyrkedjaFactory app, int reportId, ReportState state) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            (await db.Reports.SingleAsync(r => r.Id == reportId)).State = state;
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>The report as stored now, with its sections and assessments.</summary>
    public static Task<Report> ReportAsync(this StyrkedjaFactory app, int id) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.Reports.AsNoTracking().Include(r => r.Sections).Include(r => r.Assessments)
            .SingleAsync(r => r.Id == id));

    public static Task<List<AuditEntry>> ReportAuditAsync(this StyrkedjaFactory app, int reportId) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.SubjectType == "Report" && a.SubjectId == reportId.ToString()).ToListAsync());

    /// <summary>The refusal or message the report page shows after a redirect to it.</summary>
    public static async Task<string> ReportPageAlertsAsync(this AppClient client, int reportId)
    {
        var page = await client.GetDocumentAsync($"/Reports/Details/{reportId}");
        return string.Join(" ", page.QuerySelectorAll(".alert-error, .alert-ok").Select(e => e.TextContent.Trim()));
    }

    public static string AssessUrl(this ArrangedReport report, int goalIndex = 0) =>
        $"/Reports/Assess/{report.Id}?goal={report.GoalIds[goalIndex]}";
}
