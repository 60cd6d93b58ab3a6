using System.Globalization;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
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
    public static List<FieldOption> UnitOptions(IEnumerable<OrgUnit> units, int? selected, string emptyText)
    {
        var options = new List<FieldOption> { new("", emptyText, selected is null) };
        options.AddRange(units.Select(u => new FieldOption(
            u.Id.ToString(CultureInfo.InvariantCulture),
            $"{new string('\u00A0', 3 * OrgTree.Depth(u))}{u.Name} ({Labels.For(u.Kind).ToLowerInvariant()})",
            u.Id == selected)));
        return options;
    }

    public static List<FieldOption> KindOptions(OrgUnitKind? selected)
    {
        var options = new List<FieldOption> { new("", OrganisationText.ChooseOption, selected is null) };
        options.AddRange(Labels.SingleKinds.Select(k => new FieldOption(k.ToString(), Labels.For(k), k == selected)));
        return options;
    }
}
