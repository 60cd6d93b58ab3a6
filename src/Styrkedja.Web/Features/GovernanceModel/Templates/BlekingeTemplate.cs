using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.GovernanceModel.Templates;

/// <summary>Region Blekinge's styrmodell (seed 002).</summary>
public static class BlekingeTemplate
{
    public const string DirectionGoal = "Inriktningsmål";
    public const string EffortArea = "Insatsområde";
    public const string Commitment = "Åtagande";

    public const string Citizens = "Invånare och samhälle";
    public const string Quality = "Kvalitet och process";
    public const string Competence = "Kompetens";
    public const string Environment = "Miljö och hållbarhet";
    public const string Economy = "Ekonomi";

    public static readonly ModelTemplate Model = new(
        Key: "blekinge",
        ModelName: "Region Blekinges styrmodell",
        Vision: "",
        ValuesStatement: "",
        ValuesDescription: "",
        SteeringKinds: ["Ekonomistyrning", "Målstyrning", "Kvalitetsstyrning"],
        AssemblyPlanName: "Regionplan med budget",
        CommitteePlanName: "Verksamhetsplan och budget",
        AssemblyPlanDecisionMonth: 11,
        PlanHorizonYears: 3,
        Levels:
        [
            new(DirectionGoal, "Inriktningsmål", "Regionfullmäktiges inriktningsmål inom ett perspektiv.",
                OrgUnitKind.Fullmaktige, true),
            new(EffortArea, "Insatsområden",
                "Fullmäktiges insatsområden under inriktningsmålen; nämnder får lägga till egna.",
                OrgUnitKind.Fullmaktige | OrgUnitKind.Styrelse | OrgUnitKind.Namnd, false, DirectionGoal),
            new(Commitment, "Åtaganden", "Nämndens åtaganden kopplade till inriktningsmål och insatsområden.",
                OrgUnitKind.Styrelse | OrgUnitKind.Namnd, false, DirectionGoal, EffortArea),
        ],
        Perspectives:
        [
            new(Citizens, "Övergripande perspektiv: de andra perspektiven tjänar invånarna och samhället.", true, true, IsOverarching: true),
            new(Quality, "", true, true),
            new(Competence, "", true, true),
            new(Environment, "", true, true),
            new(Economy, "", true, true),
        ],
        // Seed 002: a monthly report after every month but June that needs no input from the committees,
        // tertial and interim reports, and each committee's verksamhetsberättelse (with internal control)
        // that the annual report consolidates.
        ReportTypes:
        [
            new("Månadsrapport", "", "1,2,3,4,5,7,8,9,10,11,12", ReportWriters.None, 10),
            new("Tertialrapport", "", "4", ReportWriters.Committees, 20),
            new("Delårsrapport", "", "8", ReportWriters.Committees, 25, ToAssembly: true),
            new("Verksamhetsberättelse", "Årsredovisning", "12", ReportWriters.Committees, 45, ToAssembly: true,
                IncludesInternalControl: true),
        ],
        // The calendar of seed 002; the dates are a first proposal that each year's calendar adjusts.
        ProcessSteps:
        [
            new("Planeringsförutsättningar", "3", 10, ProcessBody.RegionalStaff, ProcessOutput.Other,
                "Strategisk analys: omvärld, nuläge, risker och ekonomisk prognos inför planeringen."),
            new("Politiskt seminarium", "3", 15, ProcessBody.Board, ProcessOutput.Meeting,
                "Planeringsförutsättningarna presenteras för de förtroendevalda.", MeetingType: MeetingType.PoliticalSeminar),
            new("Boksluts- och budgetdialoger", "3", 20, ProcessBody.Board, ProcessOutput.Meeting,
                "RS arbetsutskott möter nämndpresidierna om bokslut och budget.", MeetingType: MeetingType.ClosingAndBudgetDialogue),
            new("Årsredovisning i regionstyrelsen", "3", 28, ProcessBody.Board, ProcessOutput.ReportRound,
                "Nämndernas verksamhetsberättelser sammanställs till årsredovisningen.", ReportType: "Verksamhetsberättelse"),
            new("Årsredovisning i regionfullmäktige", "4", 25, ProcessBody.Assembly, ProcessOutput.Other,
                "Fullmäktige godkänner årsredovisningen."),
            new("Planeringsdirektiv i regionstyrelsen", "4", 15, ProcessBody.Board, ProcessOutput.Other,
                "Styrelsens anvisningar och ekonomiska ramar för nästa års planering."),
            new("Planeringsdirektiv i regionfullmäktige", "5", 20, ProcessBody.Assembly, ProcessOutput.Other,
                "Fullmäktige fastställer planeringsdirektivet."),
            new("Månadsrapport", "2,3,4,5,6,8,9,10,11,12", 15, ProcessBody.Board, ProcessOutput.ReportRound,
                "Ekonomisk uppföljning efter varje månad utom juni.", ReportType: "Månadsrapport"),
            new("Tertialrapport", "5", 25, ProcessBody.Board, ProcessOutput.ReportRound,
                "Måluppfyllelse och ekonomi efter april.", ReportType: "Tertialrapport"),
            new("Delårsrapport", "9", 25, ProcessBody.Board, ProcessOutput.ReportRound,
                "Delårsbokslut med måluppfyllelse och helårsprognos efter augusti.", ReportType: "Delårsrapport"),
            new("Nämndernas budgetunderlag och interna kontrollplaner", "8", 31, ProcessBody.Committee, ProcessOutput.Other,
                "Nämnderna lämnar budgetunderlag med intern kontrollplan."),
            new("Plan- och budgetberedning i regionstyrelsen", "9", 15, ProcessBody.Board, ProcessOutput.Other,
                "Styrelsen bereder regionplan och budget."),
            new("Investeringskartläggning", "9", 30, ProcessBody.RegionalStaff, ProcessOutput.Other,
                "Nämndernas investeringsbehov kartläggs och prioriteras."),
            new("Delårsdialoger", "10", 10, ProcessBody.Board, ProcessOutput.Meeting,
                "RS arbetsutskott möter nämndpresidierna om delårsrapporten.", MeetingType: MeetingType.InterimDialogue),
            new("Skattesats", "10", 25, ProcessBody.Assembly, ProcessOutput.BudgetDecision,
                "Fullmäktige fastställer skattesatsen för nästa år."),
            new("Regionplan med budget, finansplan och regelbok Hälsoval", "11", 25, ProcessBody.Assembly, ProcessOutput.Plan,
                "Fullmäktige beslutar nästa års regionplan med budget."),
            new("Nämndernas verksamhetsplaner", "12", 15, ProcessBody.Committee, ProcessOutput.Plan,
                "Nämnderna beslutar verksamhetsplan och budget."),
            new("Förvaltningarnas handlingsplaner", "2", 20, ProcessBody.Administration, ProcessOutput.Plan,
                "Förvaltningarna planerar aktiviteter utifrån verksamhetsplanen."),
            new("Nämndernas verksamhetsberättelser", "2", 25, ProcessBody.Committee, ProcessOutput.ReportRound,
                "Nämnderna redovisar året, med intern kontroll.", ReportType: "Verksamhetsberättelse"),
            new("Samverkan i regionsamverkansgruppen (RSG)", "2,5,9,11", 10, ProcessBody.Board, ProcessOutput.Meeting,
                "Samverkan med de fackliga organisationerna, minst fyra gånger om året.", MeetingType: MeetingType.UnionConsultation),
        ]);
}
