namespace Styrkedja.Web.Domain;

/// <summary>A region or municipality: the tenant. Everything else hangs under one.</summary>
public class Organisation : TrackedEntity
{
    public required string Name { get; set; }

    /// <summary>Demo organisations show an "exempeldata" banner on every page.</summary>
    public bool IsDemo { get; set; }

    /// <summary>The organisation's id in Kolada: "0013" for Region Halland, "0010" for Region Blekinge.</summary>
    public string? KoladaId { get; set; }

    /// <summary>Kolada ids of the regions or municipalities shown beside it in comparisons, comma-separated.</summary>
    public string KoladaPeerIds { get; set; } = "";
}
