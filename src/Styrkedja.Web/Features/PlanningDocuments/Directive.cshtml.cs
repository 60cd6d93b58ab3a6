using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>One committee's line of the directive; no assignment yet when the staff have not written it.</summary>
public sealed record AssignmentRow(OrgUnit Committee, DirectiveAssignment? Assignment, bool IsOwn);

/// <summary>
/// The planeringsdirektiv page: the common instructions, a link to the year's planeringsförutsättningar and
/// every committee's instructions and frames. Everyone reads; a committee's editors find their own line
/// marked ("Ert uppdrag"); the central staff write and decide.
/// </summary>
public class DirectiveModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : DirectivePageModel(db, access, clock)
{
    public List<AssignmentRow> Rows { get; private set; } = [];
    public bool IsCentralStaff { get; private set; }
    public bool MayEdit => IsCentralStaff && !Directive.IsLocked;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadDirectiveAsync(id) is { } refusal)
            return refusal;
        IsCentralStaff = await Access.ActsForWholeOrganisationAsync();
        var committees = await PlanningDocumentRules.CommitteesAsync(Db);
        // "Own" is where the user is an editor of the committee by their own grant, not by acting for all.
        var own = IsCentralStaff ? [] : (await Access.FilterAsync(UnitAction.Edit, committees)).Select(u => u.Id).ToHashSet();
        var byUnit = Directive.Assignments.ToDictionary(a => a.OrgUnitId);
        Rows = committees.Select(c => new AssignmentRow(c, byUnit.GetValueOrDefault(c.Id), own.Contains(c.Id))).ToList();
        return Page();
    }
}
