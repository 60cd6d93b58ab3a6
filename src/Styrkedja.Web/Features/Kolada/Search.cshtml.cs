using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Kolada;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Kolada;

/// <summary>
/// Search Kolada's KPIs by title and bind one to an indicator of the catalogue. Any number of indicators
/// may bind the same KPI (e.g. one per committee with its own targets).
/// </summary>
public class SearchModel(StyrkedjaDbContext db, AccessPolicy access, KoladaClient client) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Title { get; set; }

    public IReadOnlyList<KoladaKpi> Results { get; private set; } = [];
    public List<Indicator> Indicators { get; private set; } = [];
    public bool MayManage { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (string.IsNullOrWhiteSpace(Title))
            return;
        try
        {
            Results = await client.SearchKpisAsync(Title.Trim());
        }
        catch (KoladaException e)
        {
            Error = e.Message;
        }
    }

    public async Task<IActionResult> OnPostBindAsync(string kpiId, int? indicatorId)
    {
        if (!await access.ActsForWholeOrganisationAsync())
            return Forbid();
        if (!System.Text.RegularExpressions.Regex.IsMatch(kpiId ?? "", "^[A-Z][0-9]{5}$"))
            return BadRequest();
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == indicatorId);
        if (indicator is null)
            return NotFound();
        indicator.KoladaKpiId = kpiId;
        indicator.Source = IndicatorSource.Kolada;
        await db.SaveChangesAsync();
        TempData["Message"] = string.Format(KoladaText.Bound, indicator.Name, kpiId);
        return Redirect("/Kolada");
    }

    private async Task LoadAsync()
    {
        MayManage = await access.ActsForWholeOrganisationAsync();
        Indicators = await db.Indicators.OrderBy(i => i.Name).ToListAsync();
    }
}
