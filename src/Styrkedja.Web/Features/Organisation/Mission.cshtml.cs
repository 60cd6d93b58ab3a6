using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>Edit a unit's grunduppdrag; the first save creates it. Audited on the unit's history.</summary>
public class MissionModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : UnitFormModel(db, clock)
{
    [BindProperty]
    public MissionInput Input { get; set; } = new();

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
            Db.BasicMissions.Add(_mission);
        }
        else
        {
            // Also catches a grunduppdrag that someone else created after this form was opened (version 0).
            Db.ExpectVersion(_mission, Input.Version);
        }
        Input.ApplyTo(_mission);
        return await SaveAsync(OrganisationText.MissionNoun, string.Format(OrganisationText.MissionSaved, Unit.Name));
    }

    private async Task<IActionResult?> LoadAsync(int unitId)
    {
        if (await LoadUnitAsync(unitId) is { } notFound)
            return notFound;
        if (!await OrgAccess.MayEditMissionAsync(access, Unit))
            return Forbid();
        _mission = await Db.BasicMissions.SingleOrDefaultAsync(m => m.OrgUnitId == unitId);
        return null;
    }
}
