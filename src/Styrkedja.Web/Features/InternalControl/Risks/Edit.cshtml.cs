using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.Risks;

/// <summary>/InternalControl/Risks/Edit/{id}: a risk reassessed or deleted, with its earlier years shown for reference.</summary>
public class EditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RiskInput Input { get; set; } = new();

    public Risk Risk { get; private set; } = null!;
    public RiskScale Scale { get; private set; } = null!;
    public List<Risk> History { get; private set; } = [];

    private string AnalysisUrl => RiskAccess.AnalysisUrl(Risk.OrgUnitId, Risk.PlanningYear!.Year);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await CheckAsync(id) is { } refusal)
            return refusal;
        Input = RiskInput.From(Risk);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await CheckAsync(id) is { } refusal)
            return refusal;
        Input.Validate(ModelState, Scale);
        if (!ModelState.IsValid)
            return Page();
        db.ExpectVersion(Risk, Input.Version);
        Input.ApplyTo(Risk);
        if (!await this.TrySaveOrShowConflictAsync(db, RiskText.RiskNoun, clock))
            return Page();
        TempData["Message"] = string.Format(RiskText.RiskSaved, Risk.Title);
        return Redirect(AnalysisUrl + $"#risk-{Risk.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (await CheckAsync(id) is { } refusal)
            return refusal;
        // Only the version counts here; the edit fields are not posted with the delete form.
        ModelState.Clear();
        db.ExpectVersion(Risk, Input.Version);
        db.Risks.Remove(Risk);
        if (!await this.TrySaveOrShowConflictAsync(db, RiskText.RiskNoun, clock))
        {
            Input = RiskInput.From(Risk);
            return Page();
        }
        TempData["Message"] = string.Format(RiskText.RiskDeleted, Risk.Title);
        return Redirect(AnalysisUrl);
    }

    private async Task<IActionResult?> CheckAsync(int id)
    {
        var (risk, refusal) = await RiskAccess.RiskAsync(this, db, access, id, edit: true);
        if (refusal is not null)
            return refusal;
        Risk = risk!;
        Scale = await RiskScale.LoadAsync(db);
        History = await RiskAnalysis.HistoryAsync(db, Risk);
        return null;
    }
}
