using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>
/// /PlanningDocuments?year=: the year's planeringsförutsättningar and planeringsdirektiv with their states;
/// the central staff start either when it is missing. One of each per year: a second would leave the
/// committees guessing which one holds.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public PlanningPremises? Premises { get; private set; }
    public PlanningDirective? Directive { get; private set; }
    public bool MayCreate { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Years = await db.PlanningYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        if (Year is null)
            return;
        var yearId = Year.Id;
        Premises = await db.PlanningPremises.AsNoTracking().Where(p => p.PlanningYearId == yearId).OrderBy(p => p.Id).FirstOrDefaultAsync();
        Directive = await db.PlanningDirectives.AsNoTracking().Where(d => d.PlanningYearId == yearId).OrderBy(d => d.Id).FirstOrDefaultAsync();
        MayCreate = await access.ActsForWholeOrganisationAsync();
    }

    /// <summary>Starts the year's planeringsförutsättningar as a draft with one empty section per part.</summary>
    public async Task<IActionResult> OnPostPremisesAsync(int year)
    {
        if (await LoadYearAsync(year) is { } refusal)
            return refusal;
        var existing = await db.PlanningPremises.Where(p => p.PlanningYearId == Year!.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        if (existing is { } id)
            return Redirect($"/PlanningDocuments/Premises/{id}");
        var premises = new PlanningPremises
        {
            OrganisationId = Year!.OrganisationId, PlanningYearId = Year.Id, State = PlanState.Draft,
            Title = string.Format(PlanningDocumentText.PremisesDefaultTitle, Year.Year),
        };
        db.PlanningPremises.Add(premises);
        return await SaveAndOpenAsync(PlanningDocumentText.PremisesNoun, () => $"/PlanningDocuments/Premises/{premises.Id}");
    }

    /// <summary>Starts the year's planeringsdirektiv as a draft, built on the year's planeringsförutsättningar when there are any.</summary>
    public async Task<IActionResult> OnPostDirectiveAsync(int year)
    {
        if (await LoadYearAsync(year) is { } refusal)
            return refusal;
        var existing = await db.PlanningDirectives.Where(d => d.PlanningYearId == Year!.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync();
        if (existing is { } id)
            return Redirect($"/PlanningDocuments/Directive/{id}");
        var directive = new PlanningDirective
        {
            OrganisationId = Year!.OrganisationId, PlanningYearId = Year.Id, State = PlanState.Draft,
            Title = string.Format(PlanningDocumentText.DirectiveDefaultTitle, Year.Year),
            PlanningPremisesId = await db.PlanningPremises.Where(p => p.PlanningYearId == Year.Id).OrderBy(p => p.Id)
                .Select(p => (int?)p.Id).FirstOrDefaultAsync(),
        };
        db.PlanningDirectives.Add(directive);
        return await SaveAndOpenAsync(PlanningDocumentText.DirectiveNoun, () => $"/PlanningDocuments/Directive/{directive.Id}");
    }

    private async Task<IActionResult?> LoadYearAsync(int year)
    {
        if (!await access.ActsForWholeOrganisationAsync())
            return Forbid();
        Year = await db.PlanningYears.SingleOrDefaultAsync(y => y.Year == year);
        return Year is null ? NotFound() : null;
    }

    private async Task<IActionResult> SaveAndOpenAsync(string noun, Func<string> url)
    {
        if (await db.TrySaveAsync(noun, clock) is { } conflict)
        {
            TempData["Message"] = conflict;
            return Redirect($"/PlanningDocuments?year={Year!.Year}");
        }
        return Redirect(url());
    }
}
