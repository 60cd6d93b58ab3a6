using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>The choices of the template's and the calendar's forms.</summary>
public static class WheelOptions
{
    /// <summary>
    /// The bodies, after an empty first option: "Välj…" on forms where a step or item must name its body (never
    /// getting one by default), "Oförändrat" on a proposed change.
    /// </summary>
    public static IReadOnlyList<FieldOption> Bodies(ProcessBody? selected, string? empty = null) =>
        [new("", empty ?? YearWheelText.Choose, selected is null),
         .. Enum.GetValues<ProcessBody>().Select(b => new FieldOption(b.ToString(), Labels.For(b), b == selected))];

    public static IReadOnlyList<FieldOption> Outputs(ProcessOutput selected) =>
        Enum.GetValues<ProcessOutput>().Select(o => new FieldOption(o.ToString(), Labels.For(o), o == selected)).ToList();
}
