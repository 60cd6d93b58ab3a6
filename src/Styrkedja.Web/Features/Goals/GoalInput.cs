using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Goals;

/// <summary>What the create and edit forms post.</summary>
public sealed class GoalInput
{
    [Display(Name = nameof(GoalText.GoalTitle), ResourceType = typeof(GoalText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Title { get; set; } = "";

    [Display(Name = nameof(GoalText.Description), ResourceType = typeof(GoalText))]
    [StringLength(20000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Description { get; set; }

    [Display(Name = nameof(GoalText.Level), ResourceType = typeof(GoalText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public int? LevelId { get; set; }

    [Display(Name = nameof(GoalText.OwnerUnit), ResourceType = typeof(GoalText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public int? OwnerUnitId { get; set; }

    [Display(Name = nameof(GoalText.Perspective), ResourceType = typeof(GoalText))]
    public int? PerspectiveId { get; set; }

    [Display(Name = nameof(GoalText.ContributesTo), ResourceType = typeof(GoalText))]
    public List<int> ContributesTo { get; set; } = [];

    /// <summary>The version the form was opened with (optimistic concurrency).</summary>
    public int Version { get; set; }

    public static GoalInput From(Goal goal) => new()
    {
        Title = goal.Title,
        Description = goal.Description,
        LevelId = goal.LevelId,
        OwnerUnitId = goal.OwnerUnitId,
        PerspectiveId = goal.PerspectiveId,
        ContributesTo = goal.ContributesTo.Select(l => l.ParentGoalId).ToList(),
        Version = goal.Version,
    };

    /// <summary>Copies the validated input onto the goal and brings its upward links in line.</summary>
    public void ApplyTo(Goal goal)
    {
        goal.Title = Title.Trim();
        goal.Description = Description?.Trim() ?? "";
        goal.LevelId = LevelId!.Value;
        goal.OwnerUnitId = OwnerUnitId!.Value;
        goal.PerspectiveId = PerspectiveId;
        goal.ContributesTo.RemoveAll(link => !ContributesTo.Contains(link.ParentGoalId));
        foreach (var parentId in ContributesTo.Distinct().Where(id => goal.ContributesTo.All(l => l.ParentGoalId != id)))
            goal.ContributesTo.Add(new GoalLink { OrganisationId = goal.OrganisationId, ParentGoalId = parentId });
    }
}
