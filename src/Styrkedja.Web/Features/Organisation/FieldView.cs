using Microsoft.AspNetCore.Mvc.Rendering;

namespace Styrkedja.Web.Features.Organisation;

public enum FieldKind
{
    Text,
    TextArea,
    Select,
    Date,
}

/// <summary>
/// One labelled form field of this area's forms, rendered by _Field.cshtml with its error next to it
/// (id "Input_X-error", referenced by the input's aria-describedby), as in Features/Goals/_GoalFields.
/// </summary>
public sealed record FieldView(string Key, string Label, string? Value, FieldKind Kind = FieldKind.Text)
{
    public string Id => Key.Replace('.', '_');

    /// <summary>Id of a hint shown elsewhere on the page (one Markdown hint for several text areas).</summary>
    public string? HintId { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<SelectListItem> Options { get; init; } = [];
}
