using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.PlanningYears;

/// <summary>Rules shared by the planning-year pages: who may plan years, and how a new year starts.</summary>
public static class YearPlanning
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MinHorizon = 1;
    public const int MaxHorizon = 10;

    // Used only when an organisation has no governance model yet; the templates all say 3.
    private const int FallbackHorizon = 3;

    /// <summary>The model's DefaultPlanHorizonYears (Halland 3).</summary>
    public static async Task<int> DefaultHorizonAsync(StyrkedjaDbContext db) =>
        await db.GovernanceModels.Select(m => (int?)m.DefaultPlanHorizonYears).SingleOrDefaultAsync() ?? FallbackHorizon;

    /// <summary>Adds a new planning year of the user's organisation to the context (saved by the caller).</summary>
    public static PlanningYear AddYear(StyrkedjaDbContext db, int year, int horizon)
    {
        var planningYear = new PlanningYear
        {
            OrganisationId = db.OrganisationId ?? throw new InvalidOperationException("No organisation."),
            Year = year,
            PlanHorizonYears = horizon,
        };
        db.PlanningYears.Add(planningYear);
        return planningYear;
    }
}
