using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.InternalControl.ControlPlans;

/// <summary>
/// Every readable committee's control results for a round or the whole year, and their sum: the part of
/// the annual report that sums up internal control.
/// </summary>
public class SummaryModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public List<ReportRound> Rounds { get; private set; } = [];
    public ReportRound? Round { get; private set; }
    public ControlResultsSummary Summary { get; private set; } = new([]);

    public async Task OnGetAsync(int? year, int? round)
    {
        Years = await db.PlanningYears.OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        if (Year is null)
            return;
        Rounds = await ControlChoices.RoundsAsync(db, Year.Id);
        Round = Rounds.FirstOrDefault(r => r.Id == round);
        var tree = await OrgTree.LoadAsync(db);
        var committees = await InternalControlAccess.ReadableAsync(access,
            tree.InTreeOrder().Where(u => !u.IsClosed && ControlChoices.IsCommittee(u)));
        Summary = await ControlResultsReader.ReadAsync(db, Year.Id, Round?.Id, committees);
    }
}
