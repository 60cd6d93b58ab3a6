using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Activities;

/// <summary>
/// What the activity form offers for one unit and planning year — the organisation's people, the goals
/// the activity may serve (the unit's own and those of the units above it, same year) and the indicators
/// (the unit reports or owns them, or they measure one of those goals) — and the rules a posted activity
/// follows. Anything posted outside these lists is a crafted or stale form and is refused by name.
/// </summary>
public sealed class ActivityForm
{
    public required OrgUnit Unit { get; init; }
    public required PlanningYear Year { get; init; }
    public required List<AppUser> Users { get; init; }
    public required List<Goal> Goals { get; init; }
    public required List<Indicator> Indicators { get; init; }

    /// <param name="current">When editing: its links stay offered even if the goal or indicator no longer qualifies.</param>
    public static async Task<ActivityForm> LoadAsync(StyrkedjaDbContext db, OrgUnit unit, PlanningYear year, Activity? current = null)
    {
        var swedish = StringComparer.Create(ServiceRegistration.Swedish, true);
        var lineage = unit.Lineage;
        var keptGoals = current?.Goals.Select(l => l.GoalId).ToList() ?? [];
        var goals = await db.Goals.AsNoTracking().Include(g => g.Level).Include(g => g.OwnerUnit)
            .Where(g => (g.PlanningYearId == year.Id && lineage.Contains(g.OwnerUnitId)) || keptGoals.Contains(g.Id))
            .ToListAsync();
        var goalIds = goals.Select(g => g.Id).ToList();

        var keptIndicators = current?.Indicators.Select(l => l.IndicatorId).ToList() ?? [];
        var adopted = db.IndicatorAdoptions.Where(a => a.OrgUnitId == unit.Id).Select(a => a.IndicatorId);
        var measuring = db.GoalIndicators.Where(l => goalIds.Contains(l.GoalId)).Select(l => l.IndicatorId);
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.OwnerUnitId == unit.Id || adopted.Contains(i.Id) || measuring.Contains(i.Id) || keptIndicators.Contains(i.Id))
            .ToListAsync();

        // AppUser is not tenant-filtered: the organisation is named here explicitly.
        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == unit.OrganisationId).ToListAsync();
        return new ActivityForm
        {
            Unit = unit,
            Year = year,
            Users = users.OrderBy(u => u.DisplayName, swedish).ToList(),
            Goals = goals.OrderBy(g => OrgTree.Depth(g.OwnerUnit!)).ThenBy(g => g.Level!.SortOrder).ThenBy(g => g.Title, swedish).ToList(),
            Indicators = indicators.OrderBy(i => i.Name, swedish).ToList(),
        };
    }

    /// <summary>Checks what the attributes cannot and adds a Swedish message next to the offending field.</summary>
    public void Validate(ActivityInput input, ModelStateDictionary state)
    {
        if (!Enum.IsDefined(input.Status))
            state.AddModelError("Input.Status", ActivityText.ErrorChoice);
        if (!string.IsNullOrEmpty(input.ResponsibleUserId) && Users.All(u => u.Id != input.ResponsibleUserId))
            state.AddModelError("Input.ResponsibleUserId", ActivityText.ErrorResponsibleUnknown);
        if (input.StartsOn is { } start && input.EndsOn is { } end && end < start)
            state.AddModelError("Input.EndsOn", ActivityText.ErrorEndBeforeStart);
        if (!input.GoalIds.ToHashSet().IsSubsetOf(Goals.Select(g => g.Id)))
            state.AddModelError("Input.GoalIds", string.Format(ActivityText.ErrorGoalNotOffered, Unit.Name, Year.Year));
        if (!input.IndicatorIds.ToHashSet().IsSubsetOf(Indicators.Select(i => i.Id)))
            state.AddModelError("Input.IndicatorIds", string.Format(ActivityText.ErrorIndicatorNotOffered, Unit.Name));
    }

    public List<FieldOption> UserOptions(string? selected) => Users
        .Select(u => new FieldOption(u.Id, u.DisplayName, u.Id == selected))
        .Prepend(new FieldOption("", ActivityText.NoResponsible, string.IsNullOrEmpty(selected)))
        .ToList();

    public List<FieldOption> GoalOptions(IReadOnlyCollection<int> selected) => Goals
        .Select(g => new FieldOption(g.Id.ToString(CultureInfo.InvariantCulture),
            $"{g.Title} ({g.Level!.Name}, {g.OwnerUnit!.Name})", selected.Contains(g.Id)))
        .ToList();

    public List<FieldOption> IndicatorOptions(IReadOnlyCollection<int> selected) => Indicators
        .Select(i => new FieldOption(i.Id.ToString(CultureInfo.InvariantCulture), i.Name, selected.Contains(i.Id)))
        .ToList();

    public static List<FieldOption> StatusOptions(ActivityStatus selected) => Enum.GetValues<ActivityStatus>()
        .Select(s => new FieldOption(s.ToString(), Labels.For(s), s == selected))
        .ToList();
}
