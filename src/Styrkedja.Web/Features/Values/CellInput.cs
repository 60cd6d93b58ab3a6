using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;

namespace Styrkedja.Web.Features.Values;

/// <summary>One posted cell of the grid: the typed text is kept as text so a bad entry comes back as typed.</summary>
public sealed class CellInput
{
    public int IndicatorId { get; set; }
    public int Period { get; set; }
    public Gender Gender { get; set; }
    public string? Value { get; set; }
    public string? Comment { get; set; }

    /// <summary>The version of the value when the page was rendered; empty when there was no value.</summary>
    public int? Version { get; set; }

    public (int IndicatorId, int Period, Gender Gender) Key => (IndicatorId, Period, Gender);

    public static CellInput From(GridRow row) => new()
    {
        IndicatorId = row.Indicator.Id,
        Period = row.Period,
        Gender = row.Gender,
        Value = row.Current?.Value is { } value ? ValueRules.FormatForInput(value) : "",
        Comment = row.Current?.Comment ?? "",
        Version = row.Current?.Version,
    };
}
