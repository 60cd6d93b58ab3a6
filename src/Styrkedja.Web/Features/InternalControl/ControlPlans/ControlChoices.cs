using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.ControlPlans;

/// <summary>
/// The choices the control and result forms offer, each also the rule the posted value is checked
/// against: a control's risk from the unit's risk analysis of the plan's year, a result's report round
/// among the year's follow-ups, and an action's owner among the people who work with the unit.
/// </summary>
public static class ControlChoices
{
    /// <summary>Styrelse and nämnder: the bodies that decide an internal control plan.</summary>
    public static bool IsCommittee(OrgUnit unit) => unit.Kind is OrgUnitKind.Styrelse or OrgUnitKind.Namnd;

    /// <summary>The unit's risks of the year, highest value first (the ones a control should address).</summary>
    public static async Task<List<Risk>> RisksAsync(StyrkedjaDbContext db, InternalControlPlan plan) =>
        (await db.Risks.AsNoTracking().Where(r => r.OrgUnitId == plan.OrgUnitId && r.PlanningYearId == plan.PlanningYearId).ToListAsync())
            .OrderByDescending(r => r.Value).ThenBy(r => r.Title, StringComparer.Create(ServiceRegistration.Swedish, false)).ToList();

    public static List<FieldOption> RiskOptions(IEnumerable<Risk> risks, int? selected) =>
    [
        new("", ControlText.NoRisk, selected is null),
        .. risks.Select(r => new FieldOption(r.Id.ToString(), string.Format(ControlText.RiskOption, r.Title, r.Value), r.Id == selected)),
    ];

    /// <summary>
    /// The year's rounds in which committees report (or whose report carries internal control), in
    /// calendar order. "Helår" (no round) is the whole year's result, the one the verksamhetsberättelse shows.
    /// </summary>
    public static Task<List<ReportRound>> RoundsAsync(StyrkedjaDbContext db, int planningYearId) =>
        db.ReportRounds.AsNoTracking().Include(r => r.ReportType)
            .Where(r => r.PlanningYearId == planningYearId
                && (r.ReportType!.IncludesInternalControl || r.ReportType.Writers != ReportWriters.None))
            .OrderBy(r => r.Month).ThenBy(r => r.ReportType!.SortOrder).ToListAsync();

    public static string RoundName(ReportRound? round) =>
        round is null ? ControlText.WholeYear : $"{round.ReportType!.Name} ({MonthName(round.Month)})";

    public static List<FieldOption> RoundOptions(IEnumerable<ReportRound> rounds, int? selected) =>
    [
        .. rounds.Select(r => new FieldOption(r.Id.ToString(), RoundName(r), r.Id == selected)),
        new("", ControlText.WholeYear, selected is null),
    ];

    /// <summary>Users with a role covering the unit (organisation-wide grants included): the unit's people.</summary>
    public static async Task<List<AppUser>> UsersAsync(StyrkedjaDbContext db, OrgUnit unit)
    {
        var lineage = unit.Lineage.ToList();
        var ids = await db.RoleGrants.Where(g => g.OrgUnitId == null || lineage.Contains(g.OrgUnitId.Value))
            .Select(g => g.UserId).Distinct().ToListAsync();
        return (await db.Users.AsNoTracking().Where(u => u.OrganisationId == unit.OrganisationId && ids.Contains(u.Id)).ToListAsync())
            .OrderBy(u => u.DisplayName, StringComparer.Create(ServiceRegistration.Swedish, false)).ToList();
    }

    public static List<FieldOption> UserOptions(IEnumerable<AppUser> users, string? selected) =>
    [
        new("", ControlText.NoResponsible, string.IsNullOrEmpty(selected)),
        .. users.Select(u => new FieldOption(u.Id, u.DisplayName, u.Id == selected)),
    ];

    public static List<FieldOption> OutcomeOptions(ControlOutcome? selected) =>
        Enum.GetValues<ControlOutcome>().Select(o => new FieldOption(o.ToString(), Infrastructure.Text.Labels.For(o), o == selected)).ToList();

    private static string MonthName(int month) => ServiceRegistration.Swedish.DateTimeFormat.GetMonthName(month);
}
