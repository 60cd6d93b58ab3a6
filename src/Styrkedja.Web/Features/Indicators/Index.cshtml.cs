using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>The organisation's indicator catalogue, filtered by category, scope and owner unit.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public sealed record Row(Indicator Indicator, int AdoptionCount);

    [BindProperty(SupportsGet = true)]
    public int? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public IndicatorScope? Scope { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Owner { get; set; }

    public List<Row> Rows { get; private set; } = [];
    public List<Perspective> Categories { get; private set; } = [];
    public List<OrgUnit> Owners { get; private set; } = [];
    public bool MayCreate { get; private set; }
    public bool IsFiltered => Category is not null || Scope is not null || Owner is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        var grants = await access.GrantsAsync();
        if (grants.Count == 0)
            return Forbid();
        MayCreate = await access.ActsForWholeOrganisationAsync() || await access.MayEditSomethingAsync();
        Categories = await db.Perspectives.AsNoTracking().Where(p => p.ForIndicators).OrderBy(p => p.SortOrder).ToListAsync();
        var ownerIds = await db.Indicators.Select(i => i.OwnerUnitId).Distinct().ToListAsync();
        Owners = (await OrgTree.LoadAsync(db)).InTreeOrder().Where(u => ownerIds.Contains(u.Id)).ToList();

        var query = db.Indicators.AsNoTracking().Include(i => i.Perspective).Include(i => i.OwnerUnit).AsQueryable();
        if (Category is { } category)
            query = query.Where(i => i.PerspectiveId == category);
        if (Scope is { } scope)
            query = query.Where(i => i.Scope == scope);
        if (Owner is { } owner)
            query = query.Where(i => i.OwnerUnitId == owner);
        var indicators = await query.ToListAsync();
        var ids = indicators.Select(i => i.Id).ToList();
        var adoptions = await db.IndicatorAdoptions.Where(a => ids.Contains(a.IndicatorId))
            .GroupBy(a => a.IndicatorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        // Sorted in memory: Swedish collation (å, ä, ö last) is the same on both databases this way.
        var swedish = StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, true);
        Rows = indicators
            .OrderBy(i => i.Perspective?.SortOrder ?? int.MaxValue).ThenBy(i => i.Name, swedish)
            .Select(i => new Row(i, adoptions.GetValueOrDefault(i.Id)))
            .ToList();
        return Page();
    }
}
