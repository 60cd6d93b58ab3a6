using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningDocuments;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>
/// Who may do what with the investment plan (002, 004): a committee's editors register and change their own
/// committee's needs; the central staff (<see cref="AccessPolicy.ActsForWholeOrganisationAsync"/>: an
/// administrator or a controller over the whole organisation) start the plan, rank the needs across
/// committees and record the decision; everyone in the organisation reads it.
/// </summary>
public static class InvestmentRules
{
    /// <summary>TempData key of a refusal shown at the top of the plan page after a redirect.</summary>
    public const string RefusalKey = "InvestmentRefusal";

    public static string PlanUrl(int planId) => $"/Economy/Investments/Plan/{planId}";

    /// <summary>The committees (and the board) that may register needs, open ones in tree order.</summary>
    public static Task<List<OrgUnit>> CommitteesAsync(StyrkedjaDbContext db) => PlanningDocumentRules.CommitteesAsync(db);

    /// <summary>The committees whose needs the user may register or change.</summary>
    public static async Task<List<OrgUnit>> WritableCommitteesAsync(StyrkedjaDbContext db, AccessPolicy access) =>
        await access.FilterAsync(UnitAction.Edit, await CommitteesAsync(db));

    /// <summary>Is a need of the committee the user's to change?</summary>
    public static Task<bool> MayEditNeedAsync(AccessPolicy access, OrgUnit committee) => access.CanAsync(UnitAction.Edit, committee);

    /// <summary>Starting the plan, ranking and deciding are the central staff's.</summary>
    public static Task<bool> MayAssessAsync(AccessPolicy access) => access.ActsForWholeOrganisationAsync();

    /// <summary>The calendar years of a plan starting with its budget year: the plan years, then the rest of the horizon.</summary>
    public static int[] YearsOf(int budgetYear) => Enumerable.Range(budgetYear, InvestmentPlan.HorizonYears).ToArray();

    public static bool IsPlanYear(int budgetYear, int year) => year >= budgetYear && year < budgetYear + InvestmentPlan.PlanYears;

    /// <summary>An amount in tkr as a table cell shows it: "1 250 000", sv-SE (the caption says tkr).</summary>
    public static string Number(decimal tkr) => tkr.ToString("#,0.##", ServiceRegistration.Swedish);

    public static string Label(InvestmentCategory category) => category switch
    {
        InvestmentCategory.Property => InvestmentText.CategoryProperty,
        InvestmentCategory.MedicalTechnology => InvestmentText.CategoryMedicalTechnology,
        InvestmentCategory.InformationTechnology => InvestmentText.CategoryInformationTechnology,
        _ => InvestmentText.CategoryOtherEquipment,
    };
}
