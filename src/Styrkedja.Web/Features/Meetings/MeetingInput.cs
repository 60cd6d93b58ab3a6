using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Meetings;

/// <summary>What the create and edit forms post. Purpose, goal, participants and expected result are required (seed 004).</summary>
public sealed class MeetingInput
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 4000;
    public const int MaxMarkdownLength = 20000;

    public MeetingType Type { get; set; } = MeetingType.ResultDialogue;

    [Display(Name = nameof(MeetingText.MeetingTitle), ResourceType = typeof(MeetingText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(MaxTitleLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Title { get; set; } = "";

    [Display(Name = nameof(MeetingText.Date), ResourceType = typeof(MeetingText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public DateOnly? Date { get; set; }

    [Display(Name = nameof(MeetingText.StartTime), ResourceType = typeof(MeetingText))]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = nameof(MeetingText.EndTime), ResourceType = typeof(MeetingText))]
    public TimeOnly? EndTime { get; set; }

    [Display(Name = nameof(MeetingText.Location), ResourceType = typeof(MeetingText))]
    [StringLength(MaxTitleLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Location { get; set; }

    [Display(Name = nameof(MeetingText.Purpose), ResourceType = typeof(MeetingText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(MaxTextLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Purpose { get; set; } = "";

    [Display(Name = nameof(MeetingText.Goal), ResourceType = typeof(MeetingText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(MaxTextLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Goal { get; set; } = "";

    [Display(Name = nameof(MeetingText.ExpectedResult), ResourceType = typeof(MeetingText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(MaxTextLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string ExpectedResult { get; set; } = "";

    public List<int> UnitIds { get; set; } = [];
    public List<string> UserIds { get; set; } = [];

    [Display(Name = nameof(MeetingText.Agenda), ResourceType = typeof(MeetingText))]
    [StringLength(MaxMarkdownLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Agenda { get; set; }

    [Display(Name = nameof(MeetingText.InformationRequest), ResourceType = typeof(MeetingText))]
    [StringLength(MaxMarkdownLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? InformationRequest { get; set; }

    [Display(Name = nameof(MeetingText.InformationDueOn), ResourceType = typeof(MeetingText))]
    public DateOnly? InformationDueOn { get; set; }

    [Display(Name = nameof(MeetingText.Minutes), ResourceType = typeof(MeetingText))]
    [StringLength(MaxMarkdownLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Minutes { get; set; }

    [Display(Name = nameof(MeetingText.Decisions), ResourceType = typeof(MeetingText))]
    [StringLength(MaxMarkdownLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Decisions { get; set; }

    /// <summary>The version the form was opened with (optimistic concurrency).</summary>
    public int Version { get; set; }

    public static MeetingInput From(Meeting meeting) => new()
    {
        Type = meeting.Type,
        Title = meeting.Title,
        Date = meeting.Date,
        StartTime = meeting.StartTime,
        EndTime = meeting.EndTime,
        Location = meeting.Location,
        Purpose = meeting.Purpose,
        Goal = meeting.Goal,
        ExpectedResult = meeting.ExpectedResult,
        UnitIds = meeting.Participants.Where(p => p.OrgUnitId is not null).Select(p => p.OrgUnitId!.Value).ToList(),
        UserIds = meeting.Participants.Where(p => p.UserId is not null).Select(p => p.UserId!).ToList(),
        Agenda = meeting.Agenda,
        InformationRequest = meeting.InformationRequest,
        InformationDueOn = meeting.InformationDueOn,
        Minutes = meeting.Minutes,
        Decisions = meeting.Decisions,
        Version = meeting.Version,
    };

    /// <summary>
    /// Copies the validated input onto the meeting (participants loaded) and brings its participants in
    /// line: those no longer chosen are removed, the new ones added, the others left untouched (and unaudited).
    /// </summary>
    public void ApplyTo(Meeting meeting)
    {
        meeting.Type = Type;
        meeting.Title = Title.Trim();
        meeting.Date = Date!.Value;
        meeting.StartTime = StartTime;
        meeting.EndTime = EndTime;
        meeting.Location = Location?.Trim() ?? "";
        meeting.Purpose = Purpose.Trim();
        meeting.Goal = Goal.Trim();
        meeting.ExpectedResult = ExpectedResult.Trim();
        meeting.Agenda = Agenda?.Trim() ?? "";
        meeting.InformationRequest = InformationRequest?.Trim() ?? "";
        meeting.InformationDueOn = InformationDueOn;
        meeting.Minutes = Minutes?.Trim() ?? "";
        meeting.Decisions = Decisions?.Trim() ?? "";

        var units = UnitIds.ToHashSet();
        var users = UserIds.ToHashSet();
        meeting.Participants.RemoveAll(p => p.OrgUnitId is { } unit ? !units.Contains(unit) : !users.Contains(p.UserId ?? ""));
        meeting.Participants.AddRange(units.Where(id => meeting.Participants.All(p => p.OrgUnitId != id))
            .Select(id => new MeetingParticipant { OrganisationId = meeting.OrganisationId, OrgUnitId = id }).ToList());
        meeting.Participants.AddRange(users.Where(id => meeting.Participants.All(p => p.UserId != id))
            .Select(id => new MeetingParticipant { OrganisationId = meeting.OrganisationId, UserId = id }).ToList());
    }
}
