using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Kolada;

/// <summary>
/// The organisation's Kolada settings (its own id and its peers), the indicators bound to Kolada KPIs and
/// fetching their figures. Everyone reads; the organisation's central staff change and fetch.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, KoladaImport import, TimeProvider clock) : PageModel
{
    public sealed class SettingsInput
    {
        public string? KoladaId { get; set; }
        public string? PeerIds { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public Domain.Organisation Organisation { get; private set; } = null!;
    public List<Indicator> Bound { get; private set; } = [];
    public Dictionary<string, DateTime> LastFetched { get; private set; } = [];
    public bool MayManage { get; private set; }

    /// <summary>The years a fetch asks for: the last three finished years and this one.</summary>
    public IReadOnlyList<int> FetchYears
    {
        get
        {
            var year = clock.GetLocalNow().Year;
            return [year - 3, year - 2, year - 1, year];
        }
    }

    public async Task OnGetAsync()
    {
        await LoadOrganisationAsync();
        await LoadListAsync();
        Input = new SettingsInput { KoladaId = Organisation.KoladaId, PeerIds = Organisation.KoladaPeerIds, Version = Organisation.Version };
    }

    public async Task<IActionResult> OnPostSettingsAsync()
    {
        await LoadOrganisationAsync();
        if (!MayManage)
            return Forbid();
        var own = Input.KoladaId?.Trim() ?? "";
        var peers = (Input.PeerIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (own.Length > 0 && KoladaSettings.FirstInvalid([own]) is not null)
            ModelState.AddModelError("Input.KoladaId", string.Format(KoladaText.ErrorId, own));
        if (KoladaSettings.FirstInvalid(peers) is { } bad)
            ModelState.AddModelError("Input.PeerIds", string.Format(KoladaText.ErrorId, bad));
        if (!ModelState.IsValid)
            return await PageWithListAsync();
        db.ExpectVersion(Organisation, Input.Version);
        Organisation.KoladaId = own.Length > 0 ? own : null;
        Organisation.KoladaPeerIds = string.Join(",", peers);
        if (await db.TrySaveAsync(KoladaText.SettingsNoun, clock) is { } conflict)
        {
            this.ShowConflict(conflict, reloadUrl: "/Kolada");
            return await PageWithListAsync();
        }
        TempData["Message"] = KoladaText.SettingsSaved;
        return Redirect("/Kolada");
    }

    public async Task<IActionResult> OnPostFetchAsync(int indicatorId)
    {
        await LoadOrganisationAsync();
        if (!MayManage)
            return Forbid();
        var indicator = await db.Indicators.Include(i => i.Adoptions).SingleOrDefaultAsync(i => i.Id == indicatorId);
        if (indicator is null)
            return NotFound();
        var result = await import.FetchAsync(indicator, Organisation, FetchYears);
        if (result.Error is not null)
        {
            // Nothing was written: say why on the same page.
            ModelState.AddModelError("", result.Error);
            Input = new SettingsInput { KoladaId = Organisation.KoladaId, PeerIds = Organisation.KoladaPeerIds, Version = Organisation.Version };
            return await PageWithListAsync();
        }
        TempData["Message"] = string.Format(KoladaText.Fetched, result.Stored, indicator.Name, result.OwnValues);
        return Redirect("/Kolada");
    }

    private async Task LoadOrganisationAsync()
    {
        Organisation = await db.Organisations.SingleAsync(o => o.Id == db.OrganisationId);
        MayManage = await access.ActsForWholeOrganisationAsync();
    }

    /// <summary>The bound indicators are read only when the page is shown, not for a post that redirects.</summary>
    private async Task LoadListAsync()
    {
        Bound = await db.Indicators.Where(i => i.KoladaKpiId != null).OrderBy(i => i.Name).ToListAsync();
        var kpis = Bound.Select(i => i.KoladaKpiId!).Distinct().ToList();
        LastFetched = (await db.KoladaValues.Where(v => kpis.Contains(v.KpiId))
                .GroupBy(v => v.KpiId).Select(g => new { g.Key, Last = g.Max(v => v.FetchedAt) }).ToListAsync())
            .ToDictionary(x => x.Key, x => x.Last);
    }

    private async Task<IActionResult> PageWithListAsync()
    {
        await LoadListAsync();
        return Page();
    }
}
