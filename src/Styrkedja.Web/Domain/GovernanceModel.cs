namespace Styrkedja.Web.Domain;

/// <summary>
/// An organisation's styrmodell: its vision and values, what its plans are called and when they are
/// decided. The goal levels and perspectives belong to the same organisation (see
/// <see cref="GoalLevel"/>, <see cref="Perspective"/>): the model is data, not code.
/// </summary>
public class GovernanceModel : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public string Vision { get; set; } = "";
    public string ValuesStatement { get; set; } = "";
    public string ValuesDescription { get; set; } = "";

    /// <summary>One steering kind per line, e.g. ekonomistyrning, målstyrning, kvalitetsstyrning.</summary>
    public string SteeringKinds { get; set; } = "";

    /// <summary>Name of the assembly's plan: "Mål och budget" or "Regionplan med budget".</summary>
    public string AssemblyPlanName { get; set; } = "";

    /// <summary>Month (1–12) in which the assembly decides its plan.</summary>
    public int AssemblyPlanDecisionMonth { get; set; } = 6;

    /// <summary>Name of a board's or committee's plan: "Verksamhetsplan" or "Verksamhetsplan och budget".</summary>
    public string CommitteePlanName { get; set; } = "Verksamhetsplan";

    /// <summary>Name of an administration's plan: "Handlingsplan".</summary>
    public string AdministrationPlanName { get; set; } = "Handlingsplan";

    public int DefaultPlanHorizonYears { get; set; } = 3;

    /// <summary>How a goal's status rolls up from its indicators.</summary>
    public GoalStatusRule GoalStatusRule { get; set; } = GoalStatusRule.AllMet;

    /// <summary>With <see cref="GoalStatusRule.ShareMet"/>: the share of indicators met (percent) for "met".</summary>
    public int GoalStatusSharePercent { get; set; } = 75;

    public IEnumerable<string> SteeringKindList =>
        SteeringKinds.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
