using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Plans;

/// <summary>
/// Starts a unit's plan for a planning year: revision 1, a draft with the default free sections.
/// A unit has one plan per year (its later revisions are new rows of the same plan).
/// </summary>
public class CreateModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public TitleInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public OrgUnit OrgUnit { get; private set; } = null!;
    public PlanningYear? PlanningYear { get; private set; }

    /// <summary>Why no plan can be started here (Swedish); the page then shows this instead of the form.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The plan the unit already has for the year, to link to when refusing a second.</summary>
    public Plan? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        if (Refusal is null)
            Input.Title = PlanRules.DefaultTitle(await db.GovernanceModels.SingleAsync(), PlanKinds.For(OrgUnit.Kind)!.Value,
                PlanningYear!, OrgUnit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        if (Refusal is not null || !ModelState.IsValid)
            return Page();

        var plan = new Plan
        {
            OrganisationId = OrgUnit.OrganisationId,
            OrgUnitId = OrgUnit.Id,
            PlanningYearId = PlanningYear!.Id,
            Revision = 1,
            Kind = PlanKinds.For(OrgUnit.Kind)!.Value,
            Title = Input.Title.Trim(),
            State = PlanState.Draft,
            Sections = PlanRules.DefaultSections(OrgUnit.OrganisationId),
        };
        db.Plans.Add(plan);
        // Two people starting the same plan at once: the unique index decides, the later one is told.
        if (!await this.TrySaveOrShowConflictAsync(db, PlanText.PlanNoun, clock))
            return Page();
        return Redirect($"/Plans/Details/{plan.Id}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == Unit);
        if (unit is null)
            return NotFound();
        if (!await access.CanAsync(UnitAction.Edit, unit))
            return Forbid();
        OrgUnit = unit;
        PlanningYear = await db.PlanningYears.SingleOrDefaultAsync(y => y.Year == Year);
        Refusal = await RefusalAsync();
        return null;
    }

    private async Task<string?> RefusalAsync()
    {
        if (PlanKinds.For(OrgUnit.Kind) is null)
            return string.Format(PlanText.ErrorUnitWritesNoPlan, OrgUnit.Name);
        if (OrgUnit.IsClosed)
            return string.Format(PlanText.ErrorUnitClosed, OrgUnit.Name);
        if (PlanningYear is null)
            return string.Format(PlanText.ErrorYearUnknown, Year);
        Existing = await db.Plans.Where(p => p.OrgUnitId == OrgUnit.Id && p.PlanningYearId == PlanningYear.Id)
            .OrderByDescending(p => p.Revision).FirstOrDefaultAsync();
        return Existing is null ? null : string.Format(PlanText.ErrorPlanExists, OrgUnit.Name, Year);
    }
}
