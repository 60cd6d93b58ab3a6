namespace Styrkedja.Web.Domain;

/// <summary>
/// A value fetched from Kolada for a KPI, a municipality or region and a year, kept so that peer
/// comparisons work offline and show the same figures until the next fetch.
/// </summary>
public class KoladaValue : IOrganisationScoped
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public required string KpiId { get; set; }
    public required string MunicipalityId { get; set; }
    public string MunicipalityName { get; set; } = "";
    public int Year { get; set; }
    public Gender Gender { get; set; }
    public decimal? Value { get; set; }
    public DateTime FetchedAt { get; set; }
}
