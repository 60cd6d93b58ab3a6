namespace Styrkedja.Web.Domain;

/// <summary>
/// A key another system (BI, HR, ledger) uses to write indicator values through the push API. It acts
/// for one organisation only. Only a hash is stored: the key itself is shown once, when issued.
/// </summary>
public class ApiKey : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public required string Name { get; set; }

    /// <summary>The key's first characters, to recognise it in the list without storing it.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the key, hex.</summary>
    public required string KeyHash { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
