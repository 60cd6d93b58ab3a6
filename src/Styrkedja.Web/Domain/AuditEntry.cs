namespace Styrkedja.Web.Domain;

public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}

/// <summary>One change to one row: who, when, what it was before and what it became (JSON).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public int? OrganisationId { get; set; }
    public DateTime Timestamp { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>The entity whose history page shows this change (itself, or e.g. the goal of a link).</summary>
    public required string SubjectType { get; set; }
    public required string SubjectId { get; set; }

    public AuditAction Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
