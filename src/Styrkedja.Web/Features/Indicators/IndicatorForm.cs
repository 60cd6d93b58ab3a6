using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>
/// What the indicator form offers (categories, the scopes and owner units the user may choose) and the
/// check of a posted owner and scope. Shared by create and edit.
/// </summary>
public sealed class IndicatorForm
{
    public required List<Perspective> Categories { get; init; }
    public required List<OrgUnit> Units { get; init; }
    public required bool MayManageRegionWide { get; init; }

    public static async Task<IndicatorForm> LoadAsync(StyrkedjaDbContext db, AccessPolicy access, OrgUnit? currentOwner = null)
    {
        var regionWide = await access.ActsForWholeOrganisationAsync();
        var tree = await OrgTree.LoadAsync(db);
        var open = tree.InTreeOrder().Where(u => !u.IsClosed).ToList();
        var units = regionWide ? open : await access.FilterAsync(UnitAction.Edit, open);
        // An indicator owned by a unit that has since closed keeps its owner selectable when edited.
        if (currentOwner is not null && units.All(u => u.Id != currentOwner.Id))
            units.Insert(0, currentOwner);
        return new IndicatorForm
        {
            Categories = await db.Perspectives.AsNoTracking().Where(p => p.ForIndicators).OrderBy(p => p.SortOrder).ToListAsync(),
            Units = units,
            MayManageRegionWide = regionWide,
        };
    }

    /// <summary>
    /// Whether the posted scope and owner may be used: false (the caller answers 403) for a unit or a
    /// scope the user may not edit. An unknown owner is a validation error next to the field.
    /// </summary>
    public async Task<bool> CheckOwnerAsync(StyrkedjaDbContext db, AccessPolicy access, IndicatorInput input, ModelStateDictionary state)
    {
        if (input.OwnerUnitId is null)
            return true;
        var owner = Units.FirstOrDefault(u => u.Id == input.OwnerUnitId) ?? await db.OrgUnits.FindAsync(input.OwnerUnitId);
        if (owner is null)
        {
            state.AddModelError("Input.OwnerUnitId", IndicatorText.ErrorChoice);
            return true;
        }
        return await access.MayEditAsync(input.Scope, owner);
    }
}
