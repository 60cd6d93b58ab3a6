using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>What the grunduppdrag form posts; also lists the four sections for the details page.</summary>
public sealed class MissionInput
{
    private const int MaxLength = 20000;

    [Display(Name = nameof(OrganisationText.Purpose), ResourceType = typeof(OrganisationText))]
    [StringLength(MaxLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Purpose { get; set; }

    [Display(Name = nameof(OrganisationText.LawsAndDocuments), ResourceType = typeof(OrganisationText))]
    [StringLength(MaxLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? LawsAndDocuments { get; set; }

    [Display(Name = nameof(OrganisationText.OrganisationAndManagement), ResourceType = typeof(OrganisationText))]
    [StringLength(MaxLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? OrganisationAndManagement { get; set; }

    [Display(Name = nameof(OrganisationText.TargetGroupsAndPartners), ResourceType = typeof(OrganisationText))]
    [StringLength(MaxLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? TargetGroupsAndPartners { get; set; }

    /// <summary>The version of the grunduppdrag the form was opened with; 0 while the unit has none.</summary>
    public int Version { get; set; }

    public static MissionInput From(BasicMission? mission) => mission is null ? new() : new()
    {
        Purpose = mission.Purpose,
        LawsAndDocuments = mission.LawsAndDocuments,
        OrganisationAndManagement = mission.OrganisationAndManagement,
        TargetGroupsAndPartners = mission.TargetGroupsAndPartners,
        Version = mission.Version,
    };

    public void ApplyTo(BasicMission mission)
    {
        mission.Purpose = Purpose?.Trim() ?? "";
        mission.LawsAndDocuments = LawsAndDocuments?.Trim() ?? "";
        mission.OrganisationAndManagement = OrganisationAndManagement?.Trim() ?? "";
        mission.TargetGroupsAndPartners = TargetGroupsAndPartners?.Trim() ?? "";
    }

    /// <summary>The four sections of seed 001 in their order: form field name, heading, text.</summary>
    public IReadOnlyList<(string Field, string Heading, string? Text)> Sections() =>
    [
        (nameof(Purpose), OrganisationText.Purpose, Purpose),
        (nameof(LawsAndDocuments), OrganisationText.LawsAndDocuments, LawsAndDocuments),
        (nameof(OrganisationAndManagement), OrganisationText.OrganisationAndManagement, OrganisationAndManagement),
        (nameof(TargetGroupsAndPartners), OrganisationText.TargetGroupsAndPartners, TargetGroupsAndPartners),
    ];
}
