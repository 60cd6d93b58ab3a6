namespace Styrkedja.Kolada;

// The public records are read straight from Kolada's JSON (snake_case names, see KoladaJson), so the
// property names below are the contract. Parameters without a default must be in the answer; the
// others may be missing. Dates stay strings: their format is not documented, and one odd date must
// not make a whole answer unreadable.

/// <summary>A key figure (nyckeltal), e.g. N79173.</summary>
public sealed record KoladaKpi(
    string Id,
    string Title,
    string? Description = null,
    bool IsDividedByGender = false,
    string? MunicipalityType = null,
    string? Auspice = null,
    string? OperatingArea = null,
    string? Perspective = null,
    string? PrelPublicationDate = null,
    string? PublicationDate = null,
    bool HasOuData = false);

/// <summary>A municipality (Type "K"), a region (Type "L"; id "00" + county code) or Riket ("0000").</summary>
public sealed record KoladaMunicipality(string Id, string Title, string Type);

/// <summary>
/// One value of one key figure for one municipality, year and gender: Kolada's nested rows flattened.
/// Gender is "T" (total), "K" (women) or "M" (men); Value is null where Kolada has no figure.
/// </summary>
public sealed record KoladaValue(
    string Kpi,
    string Municipality,
    int Period,
    string Gender,
    decimal? Value,
    string Status,
    int Count);
