using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Features.YearWheel;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.ProcessSteps;

/// <summary>What the process step's create and edit forms post.</summary>
public sealed class ProcessStepInput
{
    [Display(Name = nameof(YearWheelText.StepName), ResourceType = typeof(YearWheelText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(YearWheelText.Months), ResourceType = typeof(YearWheelText))]
    public List<int> Months { get; set; } = [];

    [Display(Name = nameof(YearWheelText.Day), ResourceType = typeof(YearWheelText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [Range(1, 31, ErrorMessageResourceName = nameof(Common.Range), ErrorMessageResourceType = typeof(Common))]
    public int? Day { get; set; } = 15;

    /// <summary>Nullable so that a form left at "Välj…" is refused instead of silently meaning fullmäktige.</summary>
    [Display(Name = nameof(YearWheelText.Body), ResourceType = typeof(YearWheelText))]
    [Required(ErrorMessageResourceName = nameof(YearWheelText.BodyRequired), ErrorMessageResourceType = typeof(YearWheelText))]
    public ProcessBody? Body { get; set; }

    [Display(Name = nameof(YearWheelText.Produces), ResourceType = typeof(YearWheelText))]
    public ProcessOutput Produces { get; set; }

    [Display(Name = nameof(YearWheelText.ReportType), ResourceType = typeof(YearWheelText))]
    public int? ReportTypeId { get; set; }

    [Display(Name = nameof(YearWheelText.MeetingType), ResourceType = typeof(YearWheelText))]
    public MeetingType? MeetingType { get; set; }

    [Display(Name = nameof(YearWheelText.Purpose), ResourceType = typeof(YearWheelText))]
    [StringLength(2000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Purpose { get; set; }

    [Display(Name = nameof(YearWheelText.SortOrder), ResourceType = typeof(YearWheelText))]
    public int SortOrder { get; set; }

    public int Version { get; set; }

    public static ProcessStepInput From(ProcessStep step) => new()
    {
        Name = step.Name,
        Months = step.MonthList.ToList(),
        Day = step.Day,
        Body = step.Body,
        Produces = step.Produces,
        ReportTypeId = step.ReportTypeId,
        MeetingType = step.MeetingType,
        Purpose = step.Purpose,
        SortOrder = step.SortOrder,
        Version = step.Version,
    };

    /// <summary>The rules the attributes cannot say: a month at least, and what a report round or a meeting needs.</summary>
    public void Validate(ModelStateDictionary state, IReadOnlyCollection<int> reportTypeIds)
    {
        if (MonthList.Parse(MonthList.Format(Months)).Count == 0)
            state.AddModelError("Input.Months", YearWheelText.MonthsRequired);
        if (Produces == ProcessOutput.ReportRound && (ReportTypeId is not { } type || !reportTypeIds.Contains(type)))
            state.AddModelError("Input.ReportTypeId", YearWheelText.ReportTypeRequired);
        if (Produces == ProcessOutput.Meeting && MeetingType is null)
            state.AddModelError("Input.MeetingType", YearWheelText.MeetingTypeRequired);
    }

    /// <summary>Copies the validated input onto the step; a report type or meeting type only goes with its output.</summary>
    public void ApplyTo(ProcessStep step)
    {
        step.Name = Name.Trim();
        step.Months = MonthList.Format(MonthList.Parse(MonthList.Format(Months)));
        step.Day = Day!.Value;
        step.Body = Body!.Value;
        step.Produces = Produces;
        step.ReportTypeId = Produces == ProcessOutput.ReportRound ? ReportTypeId : null;
        step.MeetingType = Produces == ProcessOutput.Meeting ? MeetingType : null;
        step.Purpose = Purpose?.Trim() ?? "";
        step.SortOrder = SortOrder;
    }
}

/// <summary>The model of the fields partial shared by the create and edit forms, with the report types to choose from.</summary>
public sealed record ProcessStepFieldsView(ProcessStepInput Input, IReadOnlyList<ReportType> ReportTypes)
{
    public IReadOnlyList<FieldOption> MonthOptions =>
        Enumerable.Range(1, 12).Select(m => new FieldOption(m.ToString(), ModelMonths.Name(m), Input.Months.Contains(m))).ToList();

    public IReadOnlyList<FieldOption> BodyOptions => WheelOptions.Bodies(Input.Body);

    public IReadOnlyList<FieldOption> OutputOptions => WheelOptions.Outputs(Input.Produces);

    public IReadOnlyList<FieldOption> ReportTypeOptions =>
        [new("", YearWheelText.Choose, Input.ReportTypeId is null),
         .. ReportTypes.Select(t => new FieldOption(t.Id.ToString(), t.Name, t.Id == Input.ReportTypeId))];

    public IReadOnlyList<FieldOption> MeetingTypeOptions =>
        [new("", YearWheelText.Choose, Input.MeetingType is null),
         .. Enum.GetValues<MeetingType>().Select(t => new FieldOption(t.ToString(), Labels.For(t), t == Input.MeetingType))];
}
