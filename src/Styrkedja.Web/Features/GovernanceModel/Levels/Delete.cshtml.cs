using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Levels;

/// <summary>An unused level is deleted together with its allowed links, both to and from it.</summary>
public class DeleteModel(StyrkedjaDbContext db, TimeProvider clock) : GuardedDeleteModel<GoalLevel>(db, clock)
{
    protected override string Noun => ModelText.LevelNoun;
    protected override string ConfirmText => string.Format(ModelText.LevelDeleteConfirm, Item.Name);
    protected override string DeletedText => string.Format(ModelText.LevelDeleted, Item.Name);

    /// <summary>A level that goals of any planning year use stays, so that no goal loses its place in the chain.</summary>
    protected override async Task<string?> RefusalAsync(int id) =>
        await Db.Goals.CountAsync(g => g.LevelId == id) is var goals and > 0 ? string.Format(ModelText.LevelInUse, Item.Name, goals) : null;

    protected override async Task RemoveDependentsAsync(int id) =>
        Db.GoalLevelLinks.RemoveRange(await Db.GoalLevelLinks.Where(l => l.LevelId == id || l.ParentLevelId == id).ToListAsync());
}
