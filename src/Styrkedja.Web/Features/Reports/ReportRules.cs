using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// The rules of the report cycle that every report page, the demo and the benchmark follow: which units
/// write in a round, what a new report starts with, what the consolidated report counts, and how a round
/// is opened.
/// </summary>
public static class ReportRules
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>
    /// The units that get a report in a round. An economy-only round still has one row per committee: the
    /// row carries the committee's economy figures, which the controller enters (or the economy module fills).
    /// </summary>
    public static bool Writes(ReportWriters writers, OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Styrelse or OrgUnitKind.Namnd => true,
        OrgUnitKind.Forvaltning => writers == ReportWriters.CommitteesAndAdministrations,
        _ => false,
    };

    /// <summary>
    /// Whether the report's figures belong in the consolidated report: a submitted report (sent back ones
    /// are not), or any row of an economy-only round, where nobody submits.
    /// </summary>
    public static bool CountsInConsolidation(Report report, ReportType type) =>
        type.Writers == ReportWriters.None || report.IsSubmitted;

    /// <summary>"Tertialrapport 2026", or with the month for a type that follows several months: "Månadsrapport mars 2026".</summary>
    public static string RoundTitle(ReportType type, int year, int month) => type.MonthList.Count > 1
        ? $"{type.Name} {Swedish.DateTimeFormat.GetMonthName(month)} {year}"
        : $"{type.Name} {year}";

    /// <summary>The default due date: the type's number of days after the period's last day.</summary>
    public static DateOnly DefaultDueOn(ReportType type, int year, int month) =>
        new DateOnly(year, month, 1).AddMonths(1).AddDays(type.DueDays - 1);

    /// <summary>The free sections a new report starts with; the verksamhetsberättelse adds internal control.</summary>
    public static List<ReportSection> DefaultSections(ReportType type, int organisationId)
    {
        if (type.Writers == ReportWriters.None)
            return [];
        string[] headings = type.IncludesInternalControl
            ? ["Sammanfattning", "Viktiga händelser", "Personal", "Intern kontroll"]
            : ["Sammanfattning", "Viktiga händelser", "Personal"];
        return headings.Select((h, i) => new ReportSection { OrganisationId = organisationId, Heading = h, SortOrder = i }).ToList();
    }

    /// <summary>The heading whose text the consolidated report gathers from each committee.</summary>
    public const string SummaryHeading = "Sammanfattning";

    /// <summary>
    /// Opens a round: one report, not started, for every open unit that writes in it, due on the round's
    /// date. The caller saves; the unique index on type, year and month refuses a second round of the
    /// same period.
    /// </summary>
    public static async Task<ReportRound> OpenRoundAsync(StyrkedjaDbContext db, ReportType type, PlanningYear year, int month, DateOnly dueOn)
    {
        var round = new ReportRound
        {
            OrganisationId = type.OrganisationId, ReportTypeId = type.Id, ReportType = type,
            PlanningYearId = year.Id, PlanningYear = year, Month = month, DueOn = dueOn,
        };
        var units = await db.OrgUnits.Where(u => u.ClosedOn == null).OrderBy(u => u.Path).ToListAsync();
        foreach (var unit in units.Where(u => Writes(type.Writers, u.Kind)))
            round.Reports.Add(new Report
            {
                OrganisationId = type.OrganisationId, OrgUnitId = unit.Id, OrgUnit = unit, DueOn = dueOn,
                Sections = DefaultSections(type, type.OrganisationId),
            });
        db.ReportRounds.Add(round);
        return round;
    }
}
