using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Meetings;

/// <summary>What the add and edit forms of a follow-up action post.</summary>
public sealed class ActionInput
{
    public const int MaxTextLength = 1000;

    [Display(Name = nameof(MeetingText.ActionText), ResourceType = typeof(MeetingText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(MaxTextLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Text { get; set; } = "";

    public string? OwnerUserId { get; set; }

    [Display(Name = nameof(MeetingText.ActionDueOn), ResourceType = typeof(MeetingText))]
    public DateOnly? DueOn { get; set; }

    /// <summary>Only on the edit form: whether the action is done.</summary>
    public bool Done { get; set; }

    public int Version { get; set; }

    public static ActionInput From(MeetingAction action) => new()
    {
        Text = action.Text, OwnerUserId = action.OwnerUserId, DueOn = action.DueOn, Done = action.DoneOn is not null,
        Version = action.Version,
    };

    /// <summary>The owner must be one of the organisation's people.</summary>
    public void Validate(IEnumerable<AppUser> users, ModelStateDictionary state)
    {
        if (!string.IsNullOrEmpty(OwnerUserId) && users.All(u => u.Id != OwnerUserId))
            state.AddModelError("Action.OwnerUserId", MeetingText.ErrorUnknownUser);
    }

    /// <summary>Copies the validated input; a newly ticked "done" is dated today, an unticked one is reopened.</summary>
    public void ApplyTo(MeetingAction action, DateOnly today)
    {
        action.Text = Text.Trim();
        action.OwnerUserId = string.IsNullOrEmpty(OwnerUserId) ? null : OwnerUserId;
        action.DueOn = DueOn;
        action.DoneOn = Done ? action.DoneOn ?? today : null;
    }

    public static IReadOnlyList<FieldOption> OwnerOptions(IEnumerable<AppUser> users, string? selected) =>
        [new("", MeetingText.NoOwner, false), .. users.Select(u => new FieldOption(u.Id, u.DisplayName, u.Id == selected))];
}
