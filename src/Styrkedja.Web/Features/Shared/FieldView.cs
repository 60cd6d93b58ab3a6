using Microsoft.AspNetCore.Mvc.Rendering;

namespace Styrkedja.Web.Features.Shared;

/// <summary>
/// One labelled form field for the <c>_Field</c> partial in Features/Shared: the label, an optional hint,
/// the field's error from the model state next to it, and the input wired to both with aria-describedby
/// and aria-invalid. Every area's forms render their fields through it so that this accessibility pattern
/// (and the ids the tests and the error summary rely on, "Input_Name-hint", "Input_Name-error") lives in
/// one place instead of being rewritten, and drifting apart, per area.
/// </summary>
/// <param name="Name">The posted name, e.g. "Input.Name"; the element id is derived from it.</param>
public sealed record FieldView(string Name, string Label, string? Value = null)
{
    /// <summary>text, email, password, number, date, textarea, select, checkbox or checklist.</summary>
    public string Type { get; init; } = "text";

    /// <summary>A hint shown with the field (id "<c>Id</c>-hint").</summary>
    public string? Hint { get; init; }

    /// <summary>Id of a hint shown elsewhere on the page (e.g. one Markdown hint for several text areas).</summary>
    public string? HintId { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>For a number input.</summary>
    public int? Min { get; init; }

    /// <summary>For a number input.</summary>
    public int? Max { get; init; }

    public string? Autocomplete { get; init; }

    /// <summary>For a single checkbox.</summary>
    public bool Checked { get; init; }

    /// <summary>For a select or a checkbox list.</summary>
    public IReadOnlyList<FieldOption> Options { get; init; } = [];

    public string Id => IdOf(Name);

    /// <summary>
    /// The element id of a posted name, as ASP.NET Core's tag helpers make it ("Input.Changes[0].Month" →
    /// "Input_Changes_0__Month"): the error summary links to it, so every form must derive it the same way.
    /// </summary>
    public static string IdOf(string name) => TagBuilder.CreateSanitizedId(name, "_");
}

/// <summary>One option of a select or a checkbox list.</summary>
public sealed record FieldOption(string Value, string Text, bool Selected);
