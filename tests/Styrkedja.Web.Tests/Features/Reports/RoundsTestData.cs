using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports;
using Styrkedja.Web.Tests.Features.Oversight;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>
/// Rounds of report types of the tests' own (unique names), so that no demo round of the same period
/// is in the way and no two tests share a round.
/// </summary>
internal static class RoundsTestData
{
    public static Task<ReportType> AddTypeAsync(this StyrkedjaFactory app, string organisation, string months = "3,9",
        ReportWriters writers = ReportWriters.Committees) =>
        app.WithDbAsync(organisation, async db =>
        {
            var orgId = (await db.OrgUnits.FirstAsync()).OrganisationId;
            var type = new ReportType { OrganisationId = orgId, Name = "Testrapport " + Guid.NewGuid().ToString("N")[..8], Months = months, Writers = writers };
            db.ReportTypes.Add(type);
            await db.SaveChangesAsync();
            return type;
        });

    /// <summary>Opens a round of this year's planning year and returns it with its reports and their units.</summary>
    public static async Task<ReportRound> OpenRoundAsync(this StyrkedjaFactory app, string organisation, ReportType type, int month, DateOnly dueOn)
    {
        var year = await app.ThisYearAsync(organisation);
        return await app.WithDbAsync(organisation, async db =>
        {
            var round = await ReportRules.OpenRoundAsync(db, await db.ReportTypes.SingleAsync(t => t.Id == type.Id),
                await db.PlanningYears.SingleAsync(y => y.Id == year.Id), month, dueOn);
            await db.SaveChangesAsync();
            return round;
        });
    }

    public static Report ReportOf(this ReportRound round, string unitName) => round.Reports.Single(r => r.OrgUnit!.Name == unitName);
}
