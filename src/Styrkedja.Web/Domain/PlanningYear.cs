namespace Styrkedja.Web.Domain;

/// <summary>A budget and planning year with the number of plan years it looks ahead.</summary>
public class PlanningYear : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int Year { get; set; }
    public int PlanHorizonYears { get; set; } = 3;

    /// <summary>The last year the plan covers, e.g. 2026 with horizon 3 reaches 2028.</summary>
    public int LastPlanYear => Year + PlanHorizonYears - 1;
}
