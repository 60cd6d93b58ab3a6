using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Features.Reports.Rounds;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// Uppföljning: the year's report cycle — for each report type its periods, with the round's progress
/// where it is opened and an "Öppna" link where it is not — and the user's own reports of the year.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    /// <summary>One period of a report type: the round when it is opened.</summary>
    public sealed record Period(int Month, ReportRound? Round, RoundProgress? Progress);

    public sealed record TypeCycle(ReportType Type, IReadOnlyList<Period> Periods);

    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public List<TypeCycle> Cycle { get; private set; } = [];
    public List<Report> MyReports { get; private set; } = [];
    public bool MayManage { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year)
    {
        if (!await RoundAccess.MayReadAsync(db, access))
            return Forbid();
        Years = await db.PlanningYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        if (Year is null)
            return Page();
        Today = SwedishTime.Today(clock);
        MayManage = await RoundAccess.MayManageAsync(db, access);

        var yearId = Year.Id;
        var rounds = await db.ReportRounds.AsNoTracking().Where(r => r.PlanningYearId == yearId).ToListAsync();
        // Only what the progress needs, not the reports' texts and figures.
        var reports = await db.Reports.AsNoTracking().Where(r => r.Round!.PlanningYearId == yearId)
            .Select(r => new Report { ReportRoundId = r.ReportRoundId, State = r.State, DueOn = r.DueOn })
            .ToListAsync();
        var reportsOfRound = reports.ToLookup(r => r.ReportRoundId);
        var types = await db.ReportTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync();
        Cycle = types.Select(type => new TypeCycle(type, type.MonthList
                .Select(month => rounds.SingleOrDefault(r => r.ReportTypeId == type.Id && r.Month == month) is { } round
                    ? new Period(month, round, RoundProgress.Of(reportsOfRound[round.Id], Today))
                    : new Period(month, null, null))
                .ToList()))
            .ToList();

        var writable = await db.Reports.AsNoTracking()
            .Where(r => r.Round!.PlanningYearId == yearId && r.Round.ReportType!.Writers != ReportWriters.None)
            .Include(r => r.OrgUnit).Include(r => r.Round!).ThenInclude(r => r.ReportType)
            .ToListAsync();
        foreach (var report in writable.OrderBy(r => r.DueOn).ThenBy(r => r.OrgUnit!.Path, StringComparer.Ordinal))
            if (await access.CanAsync(UnitAction.Edit, report.OrgUnit!))
                MyReports.Add(report);
        return Page();
    }

    public string TitleOf(ReportType type, int month) => ReportRules.RoundTitle(type, Year!.Year, month);
}
