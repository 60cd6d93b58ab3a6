namespace Styrkedja.Web.Domain;

/// <summary>
/// A unit of the organisation tree (fullmäktige, styrelse, nämnd, förvaltning, verksamhet, bolag).
/// Units are closed, never deleted, so that goals and history keep their owner.
/// </summary>
public class OrgUnit : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int? ParentId { get; set; }
    public OrgUnit? Parent { get; set; }
    public required string Name { get; set; }
    public OrgUnitKind Kind { get; set; }
    public int SortOrder { get; set; }

    /// <summary>
    /// Materialised path of ids from the root, e.g. "/1/4/9/". Subtree checks (authorisation,
    /// roll-ups) become a prefix test instead of a recursive walk.
    /// </summary>
    public string Path { get; set; } = "/";

    public DateOnly? ClosedOn { get; set; }

    public bool IsClosed => ClosedOn is not null;

    public bool IsWithin(string ancestorPath) => Path.StartsWith(ancestorPath, StringComparison.Ordinal);

    /// <summary>The ids on <see cref="Path"/>: from the root down to this unit itself.</summary>
    public IReadOnlyList<int> Lineage => Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
        .Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
