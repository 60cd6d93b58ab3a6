namespace Styrkedja.Web.Domain;

/// <summary>
/// A unit's grunduppdrag (seed 001): why it exists and which needs it meets, key laws and
/// governing documents, organisation and management, target groups and partners. Markdown text.
/// Kept apart from <see cref="OrgUnit"/> so that editing the text never conflicts with a rename.
/// </summary>
public class BasicMission : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public string Purpose { get; set; } = "";
    public string LawsAndDocuments { get; set; } = "";
    public string OrganisationAndManagement { get; set; } = "";
    public string TargetGroupsAndPartners { get; set; } = "";

    string IHasAuditSubject.AuditSubjectType => nameof(OrgUnit);
    int IHasAuditSubject.AuditSubjectId => OrgUnitId;
}
