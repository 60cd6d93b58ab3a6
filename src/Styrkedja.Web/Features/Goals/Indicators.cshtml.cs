using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Goals;

/// <summary>Choose the catalogue's indicators that measure a goal (GoalIndicator rows, part of the goal's history).</summary>
public class IndicatorsModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock)
    : GoalSidePageModel(db, access, clock)
{
    public sealed class LinkInput
    {
        public List<int> IndicatorIds { get; set; } = [];

        /// <summary>The goal's version when the form was opened.</summary>
        public int Version { get; set; }
    }

    [BindProperty]
    public LinkInput Input { get; set; } = new();

    public List<Indicator> Catalogue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = new LinkInput
        {
            IndicatorIds = await Db.GoalIndicators.Where(l => l.GoalId == id).Select(l => l.IndicatorId).ToListAsync(),
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

        var links = await Db.GoalIndicators.Where(l => l.GoalId == id).ToListAsync();
        Db.GoalIndicators.RemoveRange(links.Where(l => !chosen.Contains(l.IndicatorId)));
        Db.GoalIndicators.AddRange(chosen.Where(c => links.All(l => l.IndicatorId != c))
            .Select(c => new GoalIndicator { OrganisationId = Goal.OrganisationId, GoalId = id, IndicatorId = c }));
        return await SaveAsync(Input.Version);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadGoalAsync(id) is { } refusal)
            return refusal;
        Catalogue = (await Db.Indicators.AsNoTracking().ToListAsync())
            .OrderBy(i => i.Name, StringComparer.Create(ServiceRegistration.Swedish, false)).ToList();
        return null;
    }
}
