using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.GovernanceModel.Templates;

/// <summary>Region Halland's styrmodell (seeds 000, 001, 003).</summary>
public static class HallandTemplate
{
    public const string Focus = "Fokusområde";
    public const string Goal = "Mål";
    public const string CommitteeGoal = "Nämndsmål";

    public static readonly ModelTemplate Model = new(
        Key: "halland",
        ModelName: "Region Hallands styrmodell",
        Vision: "Halland – bästa livsplatsen",
        ValuesStatement: "Vi KAN",
        ValuesDescription: "K står för kompetens, A för ansvar och N för nytänkande. Vi-et betonar helhetstänkande: vi agerar som en organisation och gör det tillsammans.",
        SteeringKinds: ["Ekonomistyrning", "Målstyrning", "Kvalitetsstyrning"],
        AssemblyPlanName: "Mål och budget",
        CommitteePlanName: "Verksamhetsplan",
        AssemblyPlanDecisionMonth: 6,
        PlanHorizonYears: 3,
        Levels:
        [
            new(Focus, "Fokusområden", "Regionfullmäktiges prioriterade utvecklingsområden, med utgångspunkt i visionen.",
                OrgUnitKind.Fullmaktige, false),
            new(Goal, "Mål", "Regionfullmäktiges mål med målvärden inom ett fokusområde.",
                OrgUnitKind.Fullmaktige, false, Focus),
            new(CommitteeGoal, "Nämndsmål", "Styrelsens och nämndernas mål som bidrar till fullmäktiges mål.",
                OrgUnitKind.Styrelse | OrgUnitKind.Namnd, false, Goal),
        ],
        Perspectives:
        [
            new("Målgrupp", "Indikatorer om invånare, patienter och andra målgrupper.", false, true),
            new("Verksamhet", "Indikatorer om verksamhetens kvalitet och effektivitet.", false, true),
            new("Medarbetare", "Indikatorer om medarbetare och arbetsmiljö.", false, true),
            new("Ekonomi", "Indikatorer om ekonomi och resursanvändning.", false, true),
        ],
        // RS's three monthly follow-ups (the months are a setting), UR1 and UR2, and the annual report;
        // RF receives UR1, UR2 and the annual report (seeds 000, 001).
        ReportTypes:
        [
            new("Månadsuppföljning", "Månadsrapport", "2,5,10", ReportWriters.Committees, 10),
            new("Uppföljningsrapport 1", "", "4", ReportWriters.Committees, 20, ToAssembly: true),
            new("Uppföljningsrapport 2", "", "8", ReportWriters.Committees, 25, ToAssembly: true),
            new("Årsredovisning", "", "12", ReportWriters.Committees, 45, ToAssembly: true, IncludesInternalControl: true),
        ],
        // The year of seeds 000 and 001; the dates are a first proposal that each year's calendar adjusts.
        ProcessSteps:
        [
            new("Strategisk analys", "2", 28, ProcessBody.RegionalStaff, ProcessOutput.Other,
                "Omvärlds- och nulägesanalys som grund för nästa års Mål och budget."),
            new("Verksamhetsberedning med alla partier", "4", 15, ProcessBody.Board, ProcessOutput.Meeting,
                "Alla partier får samma underlag inför arbetet med Mål och budget.", MeetingType: MeetingType.OperationsPreparation),
            new("Mål och budget i regionfullmäktige", "6", 20, ProcessBody.Assembly, ProcessOutput.Plan,
                "Fullmäktige beslutar mål, uppdrag och budget för nästa år."),
            new("Nämndernas verksamhetsplaner", "12", 15, ProcessBody.Committee, ProcessOutput.Plan,
                "Nämnderna beslutar hur de bidrar till fullmäktiges mål."),
            new("Förvaltningarnas handlingsplaner", "1", 31, ProcessBody.Administration, ProcessOutput.Plan,
                "Förvaltningarna planerar aktiviteter utifrån nämndens verksamhetsplan."),
            new("Månadsuppföljning i regionstyrelsen", "3,6,11", 15, ProcessBody.Board, ProcessOutput.ReportRound,
                "Ekonomi, kvalitet och måluppfyllelse följs upp under året.", ReportType: "Månadsuppföljning"),
            new("Uppföljningsrapport 1", "5", 25, ProcessBody.Board, ProcessOutput.ReportRound,
                "Återrapportering till fullmäktige på Mål och budget.", ReportType: "Uppföljningsrapport 1"),
            new("Uppföljningsrapport 2", "9", 25, ProcessBody.Board, ProcessOutput.ReportRound,
                "Återrapportering till fullmäktige på Mål och budget.", ReportType: "Uppföljningsrapport 2"),
            new("Årsredovisning i regionstyrelsen", "3", 25, ProcessBody.Board, ProcessOutput.ReportRound,
                "Året som gått: måluppfyllelse, ekonomi och intern kontroll.", ReportType: "Årsredovisning"),
            new("Årsredovisning i regionfullmäktige", "4", 25, ProcessBody.Assembly, ProcessOutput.Other,
                "Fullmäktige godkänner årsredovisningen och prövar ansvarsfrihet."),
            new("Verksamhetscontrolling", "5,10", 10, ProcessBody.Board, ProcessOutput.Meeting,
                "Regionstyrelsens arbetsutskott möter nämndernas presidier om resultat och åtgärder.",
                MeetingType: MeetingType.OperationsControlling),
        ]);
}
