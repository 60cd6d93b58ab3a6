using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>Kolada's gender codes, which the push API and Kolada speak: T (total), K (kvinnor), M (män).</summary>
public static class GenderCodes
{
    /// <summary>The gender row of a code (case-insensitive; none means total), or null for an unknown code.</summary>
    public static Gender? Parse(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" or "T" => Gender.Total,
        "K" => Gender.Women,
        "M" => Gender.Men,
        _ => null,
    };
}
