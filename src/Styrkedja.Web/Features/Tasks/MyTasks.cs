using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Tasks;

public enum TaskKind
{
    Activity,
    Values,
    PlanReview,
    ReportWrite,
    ReportReview,
    YearWheel,
    MeetingAction,
    MeetingInformation,
    ControlAction,
}

/// <summary>One thing the user should do, where to do it and by when (no date: an activity without end date).</summary>
public sealed record UserTask(TaskKind Kind, string Text, string Url, DateOnly? Due, bool IsOverdue)
{
    public string KindLabel => Kind switch
    {
        TaskKind.Activity => TaskText.KindActivity,
        TaskKind.Values => TaskText.KindValues,
        TaskKind.ReportWrite => RoundText.TaskKindReportWrite,
        TaskKind.ReportReview => RoundText.TaskKindReportReview,
        TaskKind.YearWheel => YearWheelText.TaskKind,
        TaskKind.MeetingAction => MeetingText.TaskKindAction,
        TaskKind.MeetingInformation => MeetingText.TaskKindInformation,
        TaskKind.ControlAction => ControlText.TaskKindAction,
        _ => TaskText.KindPlanReview,
    };
}

/// <summary>
/// Mina uppgifter: the logged-in user's own to-do list, gathered from activities they answer for,
/// values due for the units they edit, plans waiting for their review, follow-up reports to write and
/// to review, year-wheel steps and meeting actions — sorted by due date
/// (undated last). A fixed number of queries whatever the number of units.
/// </summary>
public static class MyTasks
{
    /// <summary>Per unit, only the latest missing periods: older gaps are known and would drown the list.</summary>
    public const int MissingPeriodsPerUnit = 2;

    public static async Task<IReadOnlyList<UserTask>> LoadAsync(StyrkedjaDbContext db, AccessPolicy access, string userId, TimeProvider clock)
    {
        var today = SwedishTime.Today(clock);
        var tasks = new List<UserTask>();
        tasks.AddRange(await ActivitiesAsync(db, userId, today));
        tasks.AddRange(await ValuesAsync(db, access, today));
        tasks.AddRange(await PlanReviewsAsync(db, access, today));
        tasks.AddRange(await ReportTasks.LoadAsync(db, access, today));
        tasks.AddRange(await YearWheelTasks.LoadAsync(db, access, today));
        tasks.AddRange(await MeetingTasks.LoadAsync(db, access, userId, today));
        tasks.AddRange(await ControlTasks.LoadAsync(db, userId, today));
        return tasks.OrderBy(t => t.Due is null).ThenBy(t => t.Due).ThenBy(t => t.Text, StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, false))
            .ToList();
    }

    private static async Task<IEnumerable<UserTask>> ActivitiesAsync(StyrkedjaDbContext db, string userId, DateOnly today)
    {
        var activities = await db.Activities
            .Where(a => a.ResponsibleUserId == userId && a.Status != ActivityStatus.Done && a.Status != ActivityStatus.Cancelled)
            .Select(a => new { a.Id, a.Title, Unit = a.OwnerUnit!.Name, a.EndsOn })
            .ToListAsync();
        return activities.Select(a => new UserTask(TaskKind.Activity, string.Format(TaskText.ActivityTask, a.Title, a.Unit),
            $"/Activities/Details/{a.Id}", a.EndsOn, a.EndsOn < today));
    }

    /// <summary>
    /// For each open unit the user may edit, the indicators it reports by hand whose total value is missing
    /// for a period asked for (<see cref="ValueDueDates.Asked"/>), one task per unit and month in which
    /// periods end — the value grid's own grouping, so the link opens exactly the cells to fill in.
    /// Values from Kolada or the push API are left out: they arrive by themselves.
    /// Both sides are counted in the database (adoptions per unit and periodicity, values per unit and
    /// period), so a controller of a region with thousands of units and millions of values reads only
    /// counts; missing = adopted − reported.
    /// </summary>
    private static async Task<IEnumerable<UserTask>> ValuesAsync(StyrkedjaDbContext db, AccessPolicy access, DateOnly today)
    {
        if (!await access.MayEditSomethingAsync())
            return [];
        var units = (await access.FilterAsync(UnitAction.Edit, await db.OrgUnits.AsNoTracking().Where(u => u.ClosedOn == null).ToListAsync()))
            .ToDictionary(u => u.Id);
        var adopted = (await db.IndicatorAdoptions.Where(a => a.Indicator!.Source == IndicatorSource.Manual)
                .GroupBy(a => new { a.OrgUnitId, a.Indicator!.Periodicity })
                .Select(g => new { g.Key.OrgUnitId, g.Key.Periodicity, Count = g.Count() })
                .ToListAsync())
            .Where(a => units.ContainsKey(a.OrgUnitId));
        var reported = (await db.IndicatorValues
                .Where(v => (v.Year == today.Year || v.Year == today.Year - 1) && v.Gender == Gender.Total && v.Value != null
                    && v.Indicator!.Source == IndicatorSource.Manual
                    && db.IndicatorAdoptions.Any(a => a.IndicatorId == v.IndicatorId && a.OrgUnitId == v.OrgUnitId))
                .GroupBy(v => new { v.OrgUnitId, v.Indicator!.Periodicity, v.Year, v.Period })
                .Select(g => new { g.Key.OrgUnitId, g.Key.Periodicity, g.Key.Year, g.Key.Period, Count = g.Count() })
                .ToListAsync())
            .ToDictionary(v => (v.OrgUnitId, v.Periodicity, v.Year, v.Period), v => v.Count);

        return adopted
            .SelectMany(a => ValueDueDates.Asked(a.Periodicity, today).Select(p => new
            {
                a.OrgUnitId, p.Year, p.LastMonth, p.Due,
                Missing = a.Count - reported.GetValueOrDefault((a.OrgUnitId, a.Periodicity, p.Year, p.Period)),
            }))
            .Where(m => m.Missing > 0)
            .GroupBy(m => (m.OrgUnitId, m.Year, m.LastMonth, m.Due), m => m.Missing)
            .GroupBy(g => g.Key.OrgUnitId)
            .SelectMany(unit => unit.OrderByDescending(g => g.Key.Year).ThenByDescending(g => g.Key.LastMonth).Take(MissingPeriodsPerUnit))
            .Select(g =>
            {
                var (unitId, year, month, due) = g.Key;
                var monthName = Infrastructure.ServiceRegistration.Swedish.DateTimeFormat.GetMonthName(month);
                return new UserTask(TaskKind.Values, string.Format(TaskText.ValuesTask, units[unitId].Name, monthName, year, g.Sum()),
                    $"/Values?unit={unitId}&year={year}&month={month}", due, due < today);
            });
    }

    /// <summary>
    /// Plans under beredning (their latest revision) of units the user reviews. Due before the plan year
    /// starts: fullmäktige's plan by the end of the model's decision month, the others by 31 December.
    /// </summary>
    private static async Task<IEnumerable<UserTask>> PlanReviewsAsync(StyrkedjaDbContext db, AccessPolicy access, DateOnly today)
    {
        if (!await access.HasRoleAsync(Role.Controller))
            return [];
        var plans = await db.Plans.AsNoTracking().Where(p => p.State == PlanState.InPreparation).Latest(db.Plans)
            .Include(p => p.OrgUnit).Include(p => p.PlanningYear)
            .ToListAsync();
        var decisionMonth = await db.GovernanceModels.Select(m => (int?)m.AssemblyPlanDecisionMonth).SingleOrDefaultAsync() ?? 12;
        var result = new List<UserTask>();
        foreach (var plan in plans.Where(p => p.OrgUnit is not null))
        {
            if (!await access.CanAsync(UnitAction.Review, plan.OrgUnit!))
                continue;
            var due = ReviewDue(plan.Kind, plan.PlanningYear!.Year, decisionMonth);
            result.Add(new UserTask(TaskKind.PlanReview, string.Format(TaskText.PlanReviewTask, plan.Title, plan.OrgUnit!.Name, plan.PlanningYear.Year),
                $"/Plans/Details/{plan.Id}", due, due < today));
        }
        return result;
    }

    /// <summary>The last day a plan for <paramref name="planYear"/> should be decided, so its review must be done by then.</summary>
    public static DateOnly ReviewDue(PlanKind kind, int planYear, int assemblyDecisionMonth) => kind == PlanKind.Assembly
        ? new DateOnly(planYear - 1, assemblyDecisionMonth, 1).AddMonths(1).AddDays(-1)
        : new DateOnly(planYear - 1, 12, 31);
}
