namespace Styrkedja.Web.Domain;

/// <summary>A region or municipality: the tenant. Everything else hangs under one.</summary>
public class Organisation : TrackedEntity
{
    public required string Name { get; set; }

    /// <summary>Demo organisations show an "exempeldata" banner on every page.</summary>
    public bool IsDemo { get; set; }
}
