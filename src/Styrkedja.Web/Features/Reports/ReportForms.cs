using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>Option lists of the report forms.</summary>
public static class ReportForms
{
    /// <summary>"Välj …" and the four Swedish fulfilment labels.</summary>
    public static IReadOnlyList<FieldOption> FulfilmentOptions(Fulfilment? selected) =>
    [
        new FieldOption("", ReportText.ChooseFulfilment, selected is null),
        .. Enum.GetValues<Fulfilment>().Select(f => new FieldOption(f.ToString(), Labels.For(f), f == selected)),
    ];
}
