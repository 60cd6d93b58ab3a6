using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.ReportTypes;

/// <summary>
/// Deletes a report type that no round has used yet. Once a round is opened its reports hang on the
/// type, so it is refused: the administrator can still rename it or take away its months.
/// </summary>
public class DeleteModel(StyrkedjaDbContext db, TimeProvider clock) : GuardedDeleteModel<ReportType>(db, clock)
{
    protected override string Noun => RoundText.TypeNoun;
    protected override string ConfirmText => string.Format(RoundText.TypeDeleteConfirm, Item.Name);
    protected override string DeletedText => string.Format(RoundText.TypeDeleted, Item.Name);
    protected override string ListUrl => IndexModel.ListUrl;

    protected override async Task<string?> RefusalAsync(int id) =>
        await Db.ReportRounds.CountAsync(r => r.ReportTypeId == id) is var rounds and > 0
            ? string.Format(RoundText.TypeInUse, Item.Name, rounds) : null;
}
