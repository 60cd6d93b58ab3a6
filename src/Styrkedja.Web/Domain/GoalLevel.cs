namespace Styrkedja.Web.Domain;

/// <summary>
/// One level of the goal chain as the model names it (fokusområde, mål, nämndsmål; inriktningsmål,
/// insatsområde, åtagande). Which unit kinds own its goals and which levels its goals may
/// contribute to are configuration.
/// </summary>
public class GoalLevel : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public string PluralName { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Order from the top of the chain (0 = directly under the vision).</summary>
    public int SortOrder { get; set; }

    public OrgUnitKind OwnerKinds { get; set; }

    /// <summary>Goals of this level are placed under one of the model's perspectives.</summary>
    public bool UsesPerspective { get; set; }

    public List<GoalLevelLink> AllowedParents { get; set; } = [];

    public bool MayBeOwnedBy(OrgUnitKind kind) => (OwnerKinds & kind) != 0;
}

/// <summary>A goal of <see cref="LevelId"/> may contribute to a goal of <see cref="ParentLevelId"/>.</summary>
public class GoalLevelLink : IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int LevelId { get; set; }
    public int ParentLevelId { get; set; }
    public GoalLevel? ParentLevel { get; set; }
}
