using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Plans.Section;

/// <summary>
/// Moves a section one step up or down (the buttons on the plan page). The order is the plan's, so the
/// move is checked against the plan's version: two people reordering at once are told, not mixed.
/// </summary>
public class MoveModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : SectionPageModel(db, access, clock)
{
    public IActionResult OnGet(int id) => NotFound();

    public async Task<IActionResult> OnPostAsync(int id, bool up, int version)
    {
        if (await LoadSectionAsync(id) is { } refusal)
            return refusal;
        var ordered = Plan.Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToList();
        var index = ordered.IndexOf(Section);
        var other = index + (up ? -1 : 1);
        if (other < 0 || other >= ordered.Count)
            return BackToPlan();
        // Renumber all so that equal sort orders (sections added at the same instant) cannot keep them stuck.
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
            ordered[i].SortOrder = i + 1;
        return await SavePlanFromPlanPageAsync(version);
    }
}
