using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>Rules of proposals shared by the pages that create, edit and adopt them.</summary>
public static class BudgetProposals
{
    public static IEnumerable<int> HorizonYears(PlanningYear year) => Enumerable.Range(year.Year, year.PlanHorizonYears);

    /// <summary>Is the name taken by another proposal of the same planning year (names are unique per year)?</summary>
    public static Task<bool> NameTakenAsync(StyrkedjaDbContext db, int planningYearId, string name, int exceptId = 0) =>
        db.BudgetProposals.AnyAsync(p => p.PlanningYearId == planningYearId && p.Name == name && p.Id != exceptId);

    /// <summary>
    /// A new draft proposal with a full set of years and frames (every committee × every horizon year):
    /// copied from <paramref name="template"/> where it has them, else zero, so that the grid starts complete.
    /// </summary>
    public static BudgetProposal NewDraft(PlanningYear year, string name, string party, string description,
        IReadOnlyList<OrgUnit> committees, BudgetProposal? template)
    {
        var proposal = new BudgetProposal
        {
            OrganisationId = year.OrganisationId, PlanningYearId = year.Id, Name = name, Party = party,
            Description = description, State = PlanState.Draft,
        };
        foreach (var calendarYear in HorizonYears(year))
        {
            var from = template?.Years.FirstOrDefault(y => y.Year == calendarYear);
            proposal.Years.Add(new BudgetProposalYear
            {
                OrganisationId = year.OrganisationId, Year = calendarYear, TaxRate = from?.TaxRate ?? 0,
                TaxRevenue = from?.TaxRevenue ?? 0, FinancialNet = from?.FinancialNet ?? 0,
            });
            foreach (var committee in committees)
            {
                var frame = template?.Frames.FirstOrDefault(f => f.OrgUnitId == committee.Id && f.Year == calendarYear);
                proposal.Frames.Add(new BudgetFrame
                {
                    OrganisationId = year.OrganisationId, OrgUnitId = committee.Id, Year = calendarYear,
                    OperatingFrame = frame?.OperatingFrame ?? 0, InvestmentFrame = frame?.InvestmentFrame ?? 0,
                });
            }
        }
        return proposal;
    }
}
