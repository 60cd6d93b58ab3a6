using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Goals;

/// <summary>Choose the catalogue's indicators that measure a goal (GoalIndicator rows, part of the goal's history).</summary>
public class IndicatorsModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed class LinkInput
    {
        public List<int> IndicatorIds { get; set; } = [];

        /// <summary>The goal's version when the form was opened.</summary>
        public int Version { get; set; }
    }

    [BindProperty]
    public LinkInput Input { get; set; } = new();

    public Goal Goal { get; private set; } = null!;
    public List<Indicator> Catalogue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = new LinkInput
        {
            IndicatorIds = await db.GoalIndicators.Where(l => l.GoalId == id).Select(l => l.IndicatorId).ToListAsync(),
            Version = Goal.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var chosen = Input.IndicatorIds.Distinct().ToHashSet();
        if (!chosen.IsSubsetOf(Catalogue.Select(i => i.Id)))
            ModelState.AddModelError("Input.IndicatorIds", ValueText.ErrorIndicatorUnknown);
        if (!ModelState.IsValid)
            return Page();

        var links = await db.GoalIndicators.Where(l => l.GoalId == id).ToListAsync();
        db.GoalIndicators.RemoveRange(links.Where(l => !chosen.Contains(l.IndicatorId)));
        db.GoalIndicators.AddRange(chosen.Where(c => links.All(l => l.IndicatorId != c))
            .Select(c => new GoalIndicator { OrganisationId = Goal.OrganisationId, GoalId = id, IndicatorId = c }));
        if (!await GoalSideForm.TrySaveAsync(db, Goal, Input.Version, clock, ModelState, ViewData, $"/Goals/Indicators/{id}"))
            return Page();
        return Redirect($"/Goals/Details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var (goal, mayEdit) = await GoalSideForm.LoadAsync(db, access, id);
        if (goal is null)
            return NotFound();
        if (!mayEdit)
            return Forbid();
        Goal = goal;
        Catalogue = (await db.Indicators.AsNoTracking().ToListAsync())
            .OrderBy(i => i.Name, StringComparer.Create(ServiceRegistration.Swedish, false)).ToList();
        return null;
    }
}
