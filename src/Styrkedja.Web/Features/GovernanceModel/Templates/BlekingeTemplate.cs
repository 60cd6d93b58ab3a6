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
        ]);
}
