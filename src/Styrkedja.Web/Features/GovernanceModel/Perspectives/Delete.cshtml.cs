using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Perspectives;

public class DeleteModel(StyrkedjaDbContext db, TimeProvider clock) : GuardedDeleteModel<Perspective>(db, clock)
{
    protected override string Noun => ModelText.PerspectiveNoun;
    protected override string ConfirmText => string.Format(ModelText.PerspectiveDeleteConfirm, Item.Name);
    protected override string DeletedText => string.Format(ModelText.PerspectiveDeleted, Item.Name);

    /// <summary>A perspective that goals of any planning year use stays.</summary>
    protected override async Task<string?> RefusalAsync(int id) =>
        await Db.Goals.CountAsync(g => g.PerspectiveId == id) is var goals and > 0
            ? string.Format(ModelText.PerspectiveInUse, Item.Name, goals) : null;
}
