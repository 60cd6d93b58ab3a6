using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Activities;

/// <summary>What the create and edit forms post.</summary>
public sealed class ActivityInput
{
    public const int MaxTitleLength = 300;

    [Display(Name = nameof(ActivityText.ActivityTitle), ResourceType = typeof(ActivityText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(MaxTitleLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Title { get; set; } = "";

    [Display(Name = nameof(ActivityText.Description), ResourceType = typeof(ActivityText))]
    [StringLength(20000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Description { get; set; }

    public string? ResponsibleUserId { get; set; }

    [Display(Name = nameof(ActivityText.StartsOn), ResourceType = typeof(ActivityText))]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = nameof(ActivityText.EndsOn), ResourceType = typeof(ActivityText))]
    public DateOnly? EndsOn { get; set; }

    public ActivityStatus Status { get; set; }

    [Display(Name = nameof(ActivityText.Progress), ResourceType = typeof(ActivityText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [Range(0, 100, ErrorMessageResourceName = nameof(ActivityText.ErrorProgressRange), ErrorMessageResourceType = typeof(ActivityText))]
    public int? ProgressPercent { get; set; } = 0;

    public List<int> GoalIds { get; set; } = [];
    public List<int> IndicatorIds { get; set; } = [];

    /// <summary>The version the form was opened with (optimistic concurrency).</summary>
    public int Version { get; set; }

    public static ActivityInput From(Activity activity) => new()
    {
        Title = activity.Title,
        Description = activity.Description,
        ResponsibleUserId = activity.ResponsibleUserId,
        StartsOn = activity.StartsOn,
        EndsOn = activity.EndsOn,
        Status = activity.Status,
        ProgressPercent = activity.ProgressPercent,
        GoalIds = activity.Goals.Select(l => l.GoalId).ToList(),
        IndicatorIds = activity.Indicators.Select(l => l.IndicatorId).ToList(),
        Version = activity.Version,
    };

    /// <summary>Copies the validated input onto the activity (links loaded) and brings its links in line.</summary>
    public void ApplyTo(Activity activity)
    {
        activity.Title = Title.Trim();
        activity.Description = Description?.Trim() ?? "";
        activity.ResponsibleUserId = string.IsNullOrEmpty(ResponsibleUserId) ? null : ResponsibleUserId;
        activity.StartsOn = StartsOn;
        activity.EndsOn = EndsOn;
        activity.Status = Status;
        activity.ProgressPercent = ProgressPercent!.Value;
        Sync(activity.Goals, GoalIds, l => l.GoalId, id => new ActivityGoal { OrganisationId = activity.OrganisationId, GoalId = id });
        Sync(activity.Indicators, IndicatorIds, l => l.IndicatorId,
            id => new ActivityIndicator { OrganisationId = activity.OrganisationId, IndicatorId = id });
    }

    /// <summary>Removes the links not chosen and adds the chosen ones missing, leaving the others untouched (and unaudited).</summary>
    private static void Sync<TLink>(List<TLink> links, IEnumerable<int> chosen, Func<TLink, int> target, Func<int, TLink> create)
    {
        var wanted = chosen.ToHashSet();
        links.RemoveAll(l => !wanted.Contains(target(l)));
        links.AddRange(wanted.Where(id => links.All(l => target(l) != id)).Select(create).ToList());
    }
}
