using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Kolada;

/// <summary>
/// Peer comparison: a bound indicator's Kolada figures for the organisation beside its chosen peers, per
/// year and gender row, from the figures last fetched (so it works offline and shows what was fetched).
/// </summary>
public class CompareModel(StyrkedjaDbContext db) : PageModel
{
    public Indicator Indicator { get; private set; } = null!;
    public Domain.Organisation Organisation { get; private set; } = null!;
    public List<int> Years { get; private set; } = [];

    /// <summary>Own organisation first, then the peers in the order the settings list them.</summary>
    public List<(string Id, string Name)> Places { get; private set; } = [];

    public List<Gender> Genders { get; private set; } = [];
    private Dictionary<(string, int, Gender), decimal?> _values = [];

    public decimal? ValueOf(string place, int year, Gender gender) => _values.GetValueOrDefault((place, year, gender));

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id);
        if (indicator?.KoladaKpiId is null)
            return NotFound();
        Indicator = indicator;
        Organisation = await db.Organisations.SingleAsync(o => o.Id == db.OrganisationId);
        // Only the organisation and its current peers: figures kept for a former peer stay out of the comparison.
        var places = Organisation.KoladaId is null ? [] : KoladaSettings.Ids(Organisation).ToList();
        var rows = await db.KoladaValues.Where(v => v.KpiId == indicator.KoladaKpiId && places.Contains(v.MunicipalityId)).ToListAsync();
        Years = rows.Select(r => r.Year).Distinct().Order().ToList();
        Genders = rows.Select(r => r.Gender).Distinct().Order().ToList();
        Places = rows.GroupBy(r => r.MunicipalityId)
            .Select(g => (g.Key, g.OrderByDescending(r => r.FetchedAt).First().MunicipalityName))
            .OrderBy(p => places.IndexOf(p.Key))
            .ToList();
        _values = rows.ToDictionary(r => (r.MunicipalityId, r.Year, r.Gender), r => r.Value);
        return Page();
    }
}
