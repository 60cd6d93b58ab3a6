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
        ]);
}
