using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>Edit a unit's grunduppdrag; the first save creates it. Audited on the unit's history.</summary>
public class MissionModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public MissionInput Input { get; set; } = new();

    public OrgUnit Unit { get; private set; } = null!;
    private BasicMission? _mission;

    public async Task<IActionResult> OnGetAsync(int unitId)
    {
        if (await LoadAsync(unitId) is { } refusal)
            return refusal;
        Input = MissionInput.From(_mission);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int unitId)
    {
        if (await LoadAsync(unitId) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();

        if (_mission is null)
        {
            _mission = new BasicMission { OrganisationId = Unit.OrganisationId, OrgUnitId = Unit.Id };
            db.BasicMissions.Add(_mission);
        }
        else
        {
            // Also catches a grunduppdrag that someone else created after this form was opened (version 0).
            db.ExpectVersion(_mission, Input.Version);
        }
        Input.ApplyTo(_mission);
        if (await db.TrySaveAsync(OrganisationText.MissionNoun, clock) is { } conflict)
        {
            ModelState.AddModelError("", conflict);
            ViewData["ReloadUrl"] = $"/Organisation/Mission/{unitId}";
            return Page();
        }
        TempData["Message"] = string.Format(OrganisationText.MissionSaved, Unit.Name);
        return Redirect($"/Organisation/Details/{unitId}");
    }

    private async Task<IActionResult?> LoadAsync(int unitId)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == unitId);
        if (unit is null)
            return NotFound();
        if (!await OrgAccess.MayEditMissionAsync(access, unit))
            return Forbid();
        Unit = unit;
        _mission = await db.BasicMissions.SingleOrDefaultAsync(m => m.OrgUnitId == unitId);
        return null;
    }
}
