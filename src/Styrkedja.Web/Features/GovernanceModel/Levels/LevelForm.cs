using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Levels;

/// <summary>
/// The levels of the model with their allowed links, what the level form offers and the rules a
/// posted level must follow. Shared by create and edit.
/// </summary>
public sealed class LevelForm
{
    public required List<GoalLevel> Levels { get; init; }

    /// <summary>The level being edited, or null when a new one is created.</summary>
    public GoalLevel? Level { get; init; }

    public static async Task<List<GoalLevel>> LoadLevelsAsync(StyrkedjaDbContext db) =>
        await db.GoalLevels.Include(l => l.AllowedParents).OrderBy(l => l.SortOrder).ThenBy(l => l.Id).ToListAsync();

    public static async Task<LevelForm?> LoadAsync(StyrkedjaDbContext db, int? levelId)
    {
        var levels = await LoadLevelsAsync(db);
        var level = levels.SingleOrDefault(l => l.Id == levelId);
        return levelId is not null && level is null ? null : new LevelForm { Levels = levels, Level = level };
    }

    public IReadOnlyList<FieldOption> KindOptions(LevelInput input) =>
        Labels.SingleKinds.Select(k => new FieldOption(k.ToString(), Labels.For(k), input.OwnerKinds.Contains(k))).ToList();

    public IReadOnlyList<FieldOption> ParentOptions(LevelInput input) =>
        Levels.Where(l => l != Level)
            .Select(l => new FieldOption(l.Id.ToString(), l.Name, input.ParentLevelIds.Contains(l.Id))).ToList();

    /// <summary>Checks the model's rules and adds a Swedish message next to the offending field.</summary>
    public void Validate(LevelInput input, ModelStateDictionary state)
    {
        if (input.Kinds == OrgUnitKind.None)
            state.AddModelError("Input.OwnerKinds", ModelText.ErrorOwnerKindsRequired);
        foreach (var parentId in input.ParentLevelIds.Distinct())
        {
            var parent = Levels.SingleOrDefault(l => l.Id == parentId);
            if (parent is not null && parent == Level)
                state.AddModelError("Input.ParentLevelIds", ModelText.ErrorParentSelf);
            else if (parent is null)
                state.AddModelError("Input.ParentLevelIds", ModelText.ErrorParentUnknown);
            else if (Level is not null && Reaches(parent, Level))
                state.AddModelError("Input.ParentLevelIds",
                    string.Format(ModelText.ErrorParentCycle, parent.Name, input.Name.Trim()));
        }
    }

    /// <summary>
    /// Whether goals of <paramref name="from"/> may already contribute, directly or through other
    /// levels, to <paramref name="target"/>. Every new link starts at the edited level, so a new link
    /// closes a cycle exactly when its parent already reaches the edited level.
    /// </summary>
    private bool Reaches(GoalLevel from, GoalLevel target)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<GoalLevel>([from]);
        while (stack.Count > 0)
        {
            var level = stack.Pop();
            if (level == target)
                return true;
            if (!seen.Add(level.Id))
                continue;
            foreach (var link in level.AllowedParents)
                if (Levels.SingleOrDefault(l => l.Id == link.ParentLevelId) is { } parent)
                    stack.Push(parent);
        }
        return false;
    }
}

/// <summary>The model of the fields partial shared by the create and edit forms.</summary>
public sealed record LevelFieldsView(LevelInput Input, LevelForm Form);
