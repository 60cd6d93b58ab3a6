namespace Styrkedja.Web.Features.GovernanceModel;

/// <summary>
/// One form field for the <c>_Field</c> partial: label, optional hint, the field's error from the model
/// state next to it and the input wired to both with aria-describedby. The model and user forms are
/// many small fields; one partial keeps that accessibility pattern in one place.
/// </summary>
/// <param name="Name">The posted name, e.g. "Input.Name"; the element id is derived from it.</param>
public sealed record FieldView(string Name, string Label, string? Value = null)
{
    /// <summary>text, email, password, number, textarea, select, checkbox or checklist.</summary>
    public string Type { get; init; } = "text";

    public int? MaxLength { get; init; }
    public string? Hint { get; init; }
    public string? Autocomplete { get; init; }

    /// <summary>For a single checkbox.</summary>
    public bool Checked { get; init; }

    /// <summary>For a select or a checkbox list.</summary>
    public IReadOnlyList<FieldOption> Options { get; init; } = [];

    public string Id => Name.Replace('.', '_');
}

public sealed record FieldOption(string Value, string Text, bool Selected);
