namespace Styrkedja.Web.Domain;

/// <summary>
/// Base of every editable entity: who changed it last and a version that the database checks on
/// update, so that two users editing the same row cannot overwrite each other silently.
/// The fields are set in one place, <see cref="Data.StyrkedjaDbContext"/>, never by handlers.
/// </summary>
public abstract class TrackedEntity
{
    public int Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>Rows that belong to one organisation (tenant). A global query filter isolates them.</summary>
public interface IOrganisationScoped
{
    int OrganisationId { get; }
}

/// <summary>
/// Rows whose history belongs on another entity's page (a goal link is part of the goal's history).
/// </summary>
public interface IHasAuditSubject
{
    string AuditSubjectType { get; }
    int AuditSubjectId { get; }
}
