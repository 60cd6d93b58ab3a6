using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// Registrera fastställelse: records the committee's adoption of a reviewed report from the minutes, with
/// the same decision data as a plan's (the deciding body offered is the unit's committee).
/// </summary>
public class AdoptModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ReportStepModel(db, access, clock)
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    protected override UnitAction Needs => UnitAction.Review;

    protected override bool Allows(ReportState state) => ReportWorkflow.MayAdopt(state);

    public override async Task<IActionResult> OnGetAsync(int id)
    {
        var result = await base.OnGetAsync(id);
        if (result is PageResult)
            Input = new DecisionInput { DecidedBy = await PlanRules.DecidingBodyAsync(Db, Report.OrgUnit!) };
        return result;
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadStepAsync(id) is { } refusal)
            return refusal;
        if (!Input.TryRecord(Report, ModelState, SwedishTime.Today(Clock)))
            return Page();
        Report.State = ReportState.Adopted;
        return await SaveReportAsync(Version, ReportText.AdoptedMessage);
    }
}
