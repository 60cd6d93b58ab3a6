using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Levels;

/// <summary>What the goal level's create and edit forms post.</summary>
public sealed class LevelInput
{
    [Display(Name = nameof(ModelText.Name), ResourceType = typeof(ModelText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(100, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(ModelText.PluralName), ResourceType = typeof(ModelText))]
    [StringLength(100, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? PluralName { get; set; }

    [Display(Name = nameof(ModelText.Description), ResourceType = typeof(ModelText))]
    [StringLength(2000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Description { get; set; }

    [Display(Name = nameof(ModelText.SortOrder), ResourceType = typeof(ModelText))]
    public int SortOrder { get; set; }

    [Display(Name = nameof(ModelText.OwnerKinds), ResourceType = typeof(ModelText))]
    public List<OrgUnitKind> OwnerKinds { get; set; } = [];

    public bool UsesPerspective { get; set; }

    [Display(Name = nameof(ModelText.AllowedParents), ResourceType = typeof(ModelText))]
    public List<int> ParentLevelIds { get; set; } = [];

    /// <summary>The version the form was opened with (optimistic concurrency).</summary>
    public int Version { get; set; }

    /// <summary>The checked kinds as one flag value; a crafted combined or unknown value counts for nothing.</summary>
    public OrgUnitKind Kinds => OwnerKinds.Where(Labels.SingleKinds.Contains).Aggregate(OrgUnitKind.None, (all, k) => all | k);

    public static LevelInput From(GoalLevel level) => new()
    {
        Name = level.Name,
        PluralName = level.PluralName,
        Description = level.Description,
        SortOrder = level.SortOrder,
        OwnerKinds = Labels.SingleKinds.Where(k => level.OwnerKinds.HasFlag(k)).ToList(),
        UsesPerspective = level.UsesPerspective,
        ParentLevelIds = level.AllowedParents.Select(p => p.ParentLevelId).ToList(),
        Version = level.Version,
    };

    /// <summary>Copies the validated input onto the level and brings its allowed links in line.</summary>
    public void ApplyTo(GoalLevel level)
    {
        level.Name = Name.Trim();
        level.PluralName = PluralName?.Trim() ?? "";
        level.Description = Description?.Trim() ?? "";
        level.SortOrder = SortOrder;
        level.OwnerKinds = Kinds;
        level.UsesPerspective = UsesPerspective;
        level.AllowedParents.RemoveAll(link => !ParentLevelIds.Contains(link.ParentLevelId));
        foreach (var parentId in ParentLevelIds.Distinct().Where(id => level.AllowedParents.All(l => l.ParentLevelId != id)))
            level.AllowedParents.Add(new GoalLevelLink { OrganisationId = level.OrganisationId, ParentLevelId = parentId });
    }
}
