using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>
/// Who may do what with the planning documents. Both are the regional staff's: the central staff
/// (<see cref="AccessPolicy.ActsForWholeOrganisationAsync"/>) write and decide them; a committee's editors
/// write only the sections their committee contributes; everyone in the organisation reads.
/// </summary>
public static class PlanningDocumentRules
{
    /// <summary>TempData key of a refusal shown at the top of a document page after a redirect.</summary>
    public const string RefusalKey = "PlanningDocumentRefusal";

    /// <summary>The kinds that receive a directive and contribute sections: the board and the committees.</summary>
    private const OrgUnitKind CommitteeKinds = OrgUnitKind.Styrelse | OrgUnitKind.Namnd;

    /// <summary>The organisation's open committees (and the board), in tree order.</summary>
    public static async Task<List<OrgUnit>> CommitteesAsync(StyrkedjaDbContext db) =>
        (await db.OrgUnits.AsNoTracking().Where(u => (u.Kind & CommitteeKinds) != 0).OrderBy(u => u.Path).ToListAsync())
            .Where(u => !u.IsClosed).ToList();

    /// <summary>
    /// May the user write a section of the given committee (null: the staff's own text)? The central staff
    /// write any; an editor only their committee's.
    /// </summary>
    public static async Task<bool> MayWriteSectionAsync(AccessPolicy access, OrgUnit? committee) =>
        await access.ActsForWholeOrganisationAsync() || (committee is not null && await access.CanAsync(UnitAction.Edit, committee));

    /// <summary>The committees whose sections the user may write (all for the central staff).</summary>
    public static async Task<List<OrgUnit>> WritableCommitteesAsync(StyrkedjaDbContext db, AccessPolicy access)
    {
        var committees = await CommitteesAsync(db);
        return await access.ActsForWholeOrganisationAsync() ? committees : await access.FilterAsync(UnitAction.Edit, committees);
    }

    /// <summary>The board (regionstyrelsen) decides both documents; its name is what the decision form offers.</summary>
    public static async Task<string> BoardNameAsync(StyrkedjaDbContext db) =>
        await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Styrelse).OrderBy(u => u.Path).Select(u => u.Name).FirstOrDefaultAsync() ?? "";
}
