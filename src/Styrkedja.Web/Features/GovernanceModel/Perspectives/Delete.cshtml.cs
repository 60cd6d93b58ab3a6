using System.Linq.Expressions;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Perspectives;

public class DeleteModel(StyrkedjaDbContext db, TimeProvider clock) : GuardedDeleteModel<Perspective>(db, clock)
{
    protected override string Noun => ModelText.PerspectiveNoun;
    protected override string ConfirmText => string.Format(ModelText.PerspectiveDeleteConfirm, Item.Name);
    protected override string InUseText => string.Format(ModelText.PerspectiveInUse, Item.Name, GoalCount);
    protected override string DeletedText => string.Format(ModelText.PerspectiveDeleted, Item.Name);

    protected override Expression<Func<Goal, bool>> UsedBy(int id) => g => g.PerspectiveId == id;
}
