using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>
/// The planeringsförutsättningar page: the four parts with their sections, the nulägesanalys facts read
/// from the system, and what the user may do (write sections, move the document towards its decision).
/// </summary>
public class PremisesModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PremisesPageModel(db, access, clock)
{
    public CurrentSituation Current { get; private set; } = null!;
    public bool IsCentralStaff { get; private set; }

    /// <summary>The committees whose sections the user may write; the central staff may write all and their own.</summary>
    public HashSet<int> WritableUnitIds { get; private set; } = [];

    public bool MayAddSections => !Premises.IsLocked && (IsCentralStaff || WritableUnitIds.Count > 0);

    public bool MayWrite(Domain.PremiseSection section) =>
        !Premises.IsLocked && (IsCentralStaff || section.OrgUnitId is { } unit && WritableUnitIds.Contains(unit));

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadPremisesAsync(id) is { } refusal)
            return refusal;
        IsCentralStaff = await Access.ActsForWholeOrganisationAsync();
        WritableUnitIds = (await PlanningDocumentRules.WritableCommitteesAsync(Db, Access)).Select(u => u.Id).ToHashSet();
        Current = await CurrentSituation.LoadAsync(Db, Premises.PlanningYear!.Year);
        return Page();
    }
}
