using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Goals;

/// <summary>
/// What the goal form offers (levels, the units the user may edit, perspectives, candidate higher
/// goals of the same year) and the model's rules a posted goal must follow. Shared by create and edit.
/// </summary>
public sealed class GoalForm
{
    public required PlanningYear Year { get; init; }
    public required List<GoalLevel> Levels { get; init; }
    public required List<OrgUnit> Units { get; init; }
    public required List<Perspective> Perspectives { get; init; }
    public required GoalChain Chain { get; init; }

    /// <summary>Goals that could be a parent of some level, grouped by their level, for the checkbox lists.</summary>
    public IEnumerable<IGrouping<GoalLevel, Goal>> CandidateParents(int? exceptGoalId)
    {
        var parentLevelIds = Levels.SelectMany(l => l.AllowedParents).Select(p => p.ParentLevelId).ToHashSet();
        return Chain.Goals.Values
            .Where(g => parentLevelIds.Contains(g.LevelId) && g.Id != exceptGoalId)
            .OrderBy(g => g.Title, StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, false))
            .GroupBy(g => Levels.Single(l => l.Id == g.LevelId))
            .OrderBy(group => group.Key.SortOrder);
    }

    public static async Task<GoalForm> LoadAsync(StyrkedjaDbContext db, AccessPolicy access, PlanningYear year,
        OrgUnit? currentOwner = null)
    {
        var units = await db.OrgUnits.Where(u => u.ClosedOn == null).OrderBy(u => u.Path).ToListAsync();
        var editable = await access.FilterAsync(UnitAction.Edit, units);
        // A goal owned by a unit that has since closed keeps its owner selectable when edited.
        if (currentOwner is not null && editable.All(u => u.Id != currentOwner.Id))
            editable.Insert(0, currentOwner);
        return new GoalForm
        {
            Year = year,
            Levels = await db.GoalLevels.Include(l => l.AllowedParents).OrderBy(l => l.SortOrder).ToListAsync(),
            Units = editable,
            Perspectives = await db.Perspectives.Where(p => p.ForGoals).OrderBy(p => p.SortOrder).ToListAsync(),
            Chain = await GoalChain.LoadAsync(db, year.Id),
        };
    }

    /// <summary>
    /// Checks the model's rules and adds a Swedish message next to the offending field. Whether the
    /// user may use the owner unit is authorisation, not validation: the caller answers 403 for that.
    /// </summary>
    public async Task ValidateAsync(StyrkedjaDbContext db, GoalInput input, ModelStateDictionary state, int? goalId)
    {
        var level = Levels.SingleOrDefault(l => l.Id == input.LevelId);
        if (input.LevelId is not null && level is null)
            state.AddModelError("Input.LevelId", GoalText.ErrorLevelUnknown);
        var owner = Units.SingleOrDefault(u => u.Id == input.OwnerUnitId);
        if (owner is not null && level is not null && !level.MayBeOwnedBy(owner.Kind))
            state.AddModelError("Input.OwnerUnitId", string.Format(GoalText.ErrorOwnerKind,
                Labels.For(owner.Kind).ToLowerInvariant(), level.Name, Labels.For(level.OwnerKinds).ToLowerInvariant()));

        if (input.PerspectiveId is not null && Perspectives.All(p => p.Id != input.PerspectiveId))
            state.AddModelError("Input.PerspectiveId", GoalText.ErrorPerspectiveUnknown);
        else if (level is { UsesPerspective: true } && input.PerspectiveId is null)
            state.AddModelError("Input.PerspectiveId", string.Format(GoalText.ErrorPerspectiveRequired, level.Name));

        if (level is null)
            return;
        foreach (var parentId in input.ContributesTo.Distinct().Where(Chain.Goals.ContainsKey))
            if (ParentError(level, parentId, goalId) is { } error)
                state.AddModelError("Input.ContributesTo", error);
        await ExplainParentsOutsideYearAsync(db, input, state);
    }

    private string? ParentError(GoalLevel level, int parentId, int? goalId)
    {
        var parent = Chain.Goals[parentId];
        if (parentId == goalId)
            return GoalText.ErrorParentSelf;
        if (!level.AllowedParents.Any(p => p.ParentLevelId == parent.LevelId))
        {
            var allowed = level.AllowedParents.Select(p => Levels.Single(l => l.Id == p.ParentLevelId).Name).ToList();
            return string.Format(GoalText.ErrorParentLevel, level.Name, parent.Level!.Name, parent.Title,
                allowed.Count > 0 ? string.Join(", ", allowed) : GoalText.NoParentLevels);
        }
        if (goalId is not null && Chain.ContributesTransitively(parentId, goalId.Value))
            return string.Format(GoalText.ErrorParentCycle, parent.Title);
        return null;
    }

    /// <summary>
    /// A higher goal that is not in this year's chain is either of another planning year (the form
    /// never offers it; a crafted post may) or does not exist in the organisation at all.
    /// </summary>
    private async Task ExplainParentsOutsideYearAsync(StyrkedjaDbContext db, GoalInput input, ModelStateDictionary state)
    {
        var outside = input.ContributesTo.Distinct().Where(id => !Chain.Goals.ContainsKey(id)).ToList();
        if (outside.Count == 0)
            return;
        var elsewhere = await db.Goals.Where(g => outside.Contains(g.Id))
            .Select(g => new { g.Title, g.PlanningYear!.Year }).ToListAsync();
        foreach (var goal in elsewhere)
            state.AddModelError("Input.ContributesTo",
                string.Format(GoalText.ErrorParentOtherYear, goal.Title, goal.Year, Year.Year));
        if (elsewhere.Count < outside.Count)
            state.AddModelError("Input.ContributesTo", GoalText.ErrorParentUnknown);
    }

    /// <summary>
    /// Whether the posted owner may be used. Units the user may edit are in <see cref="Units"/>; any
    /// other existing open unit means a crafted post (false: the caller answers 403); a closed or
    /// unknown unit is a validation error next to the field.
    /// </summary>
    public async Task<bool> CheckOwnerAsync(StyrkedjaDbContext db, GoalInput input, ModelStateDictionary state)
    {
        if (input.OwnerUnitId is null || Units.Any(u => u.Id == input.OwnerUnitId))
            return true;
        var unit = await db.OrgUnits.FindAsync(input.OwnerUnitId);
        if (unit is { IsClosed: false })
            return false;
        state.AddModelError("Input.OwnerUnitId",
            unit is null ? GoalText.ErrorOwnerUnknown : string.Format(GoalText.ErrorOwnerClosed, unit.Name));
        return true;
    }
}
