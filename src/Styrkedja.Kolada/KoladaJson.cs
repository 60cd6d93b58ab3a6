using System.Text.Json;
using System.Text.Json.Serialization;

namespace Styrkedja.Kolada;

/// <summary>Kolada's v3 wire shapes and the serializer settings that read them.</summary>
internal static class KoladaJson
{
    /// <summary>
    /// Strict on what we rely on: a null or missing id, title, kpi, period or "values" makes the answer
    /// unreadable rather than a silent gap (constructor parameters without a default are required).
    /// Fields with a default may be missing, unknown fields are ignored, and numbers sent as strings
    /// are read (the Web defaults), since Kolada has changed shapes between versions before.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}

/// <summary>Every v3 list answer: one page of items and the absolute address of the next page.</summary>
internal sealed record Envelope<T>(List<T> Values, int? Count = null, string? NextUrl = null, string? PreviousUrl = null);

/// <summary>One data row: a key figure for one municipality and year, with a value per gender.</summary>
internal sealed record DataRow(string Kpi, string Municipality, int Period, List<DataPoint> Values);

internal sealed record DataPoint(
    string Gender,
    string? Status = null,
    decimal? Value = null,
    int? Count = null,
    // Kolada spells this one without an underscore.
    [property: JsonPropertyName("isdeleted")] bool? IsDeleted = null);
