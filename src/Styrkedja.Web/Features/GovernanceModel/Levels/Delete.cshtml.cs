using System.Linq.Expressions;
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
    protected override string InUseText => string.Format(ModelText.LevelInUse, Item.Name, GoalCount);
    protected override string DeletedText => string.Format(ModelText.LevelDeleted, Item.Name);

    protected override Expression<Func<Goal, bool>> UsedBy(int id) => g => g.LevelId == id;

    protected override async Task RemoveDependentsAsync(int id) =>
        Db.GoalLevelLinks.RemoveRange(await Db.GoalLevelLinks.Where(l => l.LevelId == id || l.ParentLevelId == id).ToListAsync());
}
