namespace Styrkedja.Web.Domain;

/// <summary>
/// A perspective or category of the model: Blekinge's five perspectives group its goals,
/// Halland's categories (målgrupp, verksamhet, medarbetare, ekonomi) group its indicators.
/// </summary>
public class Perspective : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }

    /// <summary>Blekinge's "invånare och samhälle" is overarching: the others serve it.</summary>
    public bool IsOverarching { get; set; }

    public bool ForGoals { get; set; }
    public bool ForIndicators { get; set; }
}
