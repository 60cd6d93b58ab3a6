using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>How units are named in this area's pages and select lists.</summary>
public static class UnitDisplay
{
    /// <summary>"Avvecklad 2026-03-01": a closed unit is told apart by text, not by colour alone.</summary>
    public static string ClosedText(OrgUnit unit) =>
        string.Format(OrganisationText.ClosedOn, IsoDate(unit.ClosedOn!.Value));

    /// <summary>The format of a date input's value, and of dates shown in sv-SE.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Options of a unit select, indented by depth so that the list shows the tree's shape.</summary>
    public static List<SelectListItem> UnitOptions(IEnumerable<OrgUnit> units, int? selected, string emptyText)
    {
        var options = new List<SelectListItem> { new(emptyText, "", selected is null) };
        options.AddRange(units.Select(u => new SelectListItem(
            $"{new string('\u00A0', 3 * OrgTree.Depth(u))}{u.Name} ({Labels.For(u.Kind).ToLowerInvariant()})",
            u.Id.ToString(CultureInfo.InvariantCulture), u.Id == selected)));
        return options;
    }

    public static List<SelectListItem> KindOptions(OrgUnitKind? selected)
    {
        var options = new List<SelectListItem> { new(OrganisationText.ChooseOption, "", selected is null) };
        options.AddRange(Labels.SingleKinds.Select(k => new SelectListItem(Labels.For(k), k.ToString(), k == selected)));
        return options;
    }
}
