using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Infrastructure.Text;

/// <summary>Swedish names of the code's enums, from the resource file.</summary>
public static class Labels
{
    public static string For(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Fullmaktige => Common.KindFullmaktige,
        OrgUnitKind.Styrelse => Common.KindStyrelse,
        OrgUnitKind.Namnd => Common.KindNamnd,
        OrgUnitKind.Forvaltning => Common.KindForvaltning,
        OrgUnitKind.Verksamhet => Common.KindVerksamhet,
        OrgUnitKind.Enhet => Common.KindEnhet,
        OrgUnitKind.Bolag => Common.KindBolag,
        _ => string.Join(", ", SingleKinds.Where(k => kind.HasFlag(k)).Select(For)),
    };

    public static string For(Gender gender) => gender switch
    {
        Gender.Women => IndicatorText.GenderWomen,
        Gender.Men => IndicatorText.GenderMen,
        _ => IndicatorText.GenderTotal,
    };

    public static string For(Role role) => role switch
    {
        Role.Reader => Common.RoleReader,
        Role.Editor => Common.RoleEditor,
        Role.Controller => Common.RoleController,
        Role.Administrator => Common.RoleAdministrator,
        _ => role.ToString(),
    };

    public static string For(PlanState state) => state switch
    {
        PlanState.Draft => PlanText.StateDraft,
        PlanState.InPreparation => PlanText.StateInPreparation,
        _ => PlanText.StateDecided,
    };

    public static string For(ActivityStatus status) => status switch
    {
        ActivityStatus.NotStarted => ActivityText.StatusNotStarted,
        ActivityStatus.InProgress => ActivityText.StatusInProgress,
        ActivityStatus.Done => ActivityText.StatusDone,
        ActivityStatus.Delayed => ActivityText.StatusDelayed,
        _ => ActivityText.StatusCancelled,
    };

    public static string For(ReportState state) => state switch
    {
        ReportState.NotStarted => ReportText.StateNotStarted,
        ReportState.InProgress => ReportText.StateInProgress,
        ReportState.Submitted => ReportText.StateSubmitted,
        ReportState.Reviewed => ReportText.StateReviewed,
        ReportState.Returned => ReportText.StateReturned,
        _ => ReportText.StateAdopted,
    };

    public static string For(Fulfilment fulfilment) => fulfilment switch
    {
        Fulfilment.Met => ReportText.FulfilmentMet,
        Fulfilment.PartlyMet => ReportText.FulfilmentPartlyMet,
        Fulfilment.NotMet => ReportText.FulfilmentNotMet,
        _ => ReportText.FulfilmentNotAssessed,
    };

    public static string For(ReportWriters writers) => writers switch
    {
        ReportWriters.None => ReportText.WritersNone,
        ReportWriters.Committees => ReportText.WritersCommittees,
        _ => ReportText.WritersCommitteesAndAdministrations,
    };

    public static string For(ProcessBody body) => body switch
    {
        ProcessBody.Assembly => YearWheelText.BodyAssembly,
        ProcessBody.Board => YearWheelText.BodyBoard,
        ProcessBody.Committee => YearWheelText.BodyCommittee,
        ProcessBody.Administration => YearWheelText.BodyAdministration,
        _ => YearWheelText.BodyRegionalStaff,
    };

    public static string For(ProcessOutput output) => output switch
    {
        ProcessOutput.Plan => YearWheelText.OutputPlan,
        ProcessOutput.ReportRound => YearWheelText.OutputReportRound,
        ProcessOutput.BudgetDecision => YearWheelText.OutputBudgetDecision,
        ProcessOutput.Meeting => YearWheelText.OutputMeeting,
        _ => YearWheelText.OutputOther,
    };

    public static string For(YearWheelState state) => state switch
    {
        YearWheelState.Coming => YearWheelText.StateComing,
        YearWheelState.Due => YearWheelText.StateDue,
        YearWheelState.Done => YearWheelText.StateDone,
        _ => YearWheelText.StateLate,
    };

    public static string For(MeetingType type) => type switch
    {
        MeetingType.ResultDialogue => MeetingText.TypeResultDialogue,
        MeetingType.OperationsControlling => MeetingText.TypeOperationsControlling,
        MeetingType.ClosingAndBudgetDialogue => MeetingText.TypeClosingAndBudgetDialogue,
        MeetingType.InterimDialogue => MeetingText.TypeInterimDialogue,
        MeetingType.OperationsPreparation => MeetingText.TypeOperationsPreparation,
        MeetingType.UnionConsultation => MeetingText.TypeUnionConsultation,
        MeetingType.PoliticalSeminar => MeetingText.TypePoliticalSeminar,
        _ => MeetingText.TypeOther,
    };

    public static string For(RiskAxis axis) => axis == RiskAxis.Probability ? RiskText.AxisProbability : RiskText.AxisConsequence;

    public static string For(ControlOutcome outcome) => outcome switch
    {
        ControlOutcome.NoRemarks => ControlText.OutcomeNoRemarks,
        ControlOutcome.Remarks => ControlText.OutcomeRemarks,
        _ => ControlText.OutcomeSeriousDeficiencies,
    };

    public static string For(PremisePart part) => part switch
    {
        PremisePart.External => PlanningDocumentText.PartExternal,
        PremisePart.Current => PlanningDocumentText.PartCurrent,
        PremisePart.Risk => PlanningDocumentText.PartRisk,
        _ => PlanningDocumentText.PartEconomy,
    };

    public static readonly OrgUnitKind[] SingleKinds =
    [
        OrgUnitKind.Fullmaktige, OrgUnitKind.Styrelse, OrgUnitKind.Namnd, OrgUnitKind.Forvaltning,
        OrgUnitKind.Verksamhet, OrgUnitKind.Enhet, OrgUnitKind.Bolag,
    ];
}
