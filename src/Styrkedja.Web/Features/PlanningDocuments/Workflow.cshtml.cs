using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>
/// /PlanningDocuments/Workflow/{premises|directive}/{id}: the life of either planning document, as a plan's:
/// to beredning, back to draft, and (this page's form) the decision from the minutes, which locks it.
/// Only the central staff move it; every step is checked against the version the page showed.
/// </summary>
public class WorkflowModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public DocumentHead Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kind, int id)
    {
        if (await LoadAsync(kind, id, PlanState.InPreparation) is { } refusal)
            return refusal;
        Input = new DecisionInput { DecidedBy = await PlanningDocumentRules.BoardNameAsync(db), Version = Document.Entity.Version };
        return Page();
    }

    /// <summary>Registrera beslut: under beredning → beslutad, with the decision data.</summary>
    public async Task<IActionResult> OnPostAsync(string kind, int id)
    {
        if (await LoadAsync(kind, id, PlanState.InPreparation) is { } refusal)
            return refusal;
        if (!Input.TryRecord(Document.Decision, ModelState, SwedishTime.Today(clock)))
            return Page();
        Document.State = PlanState.Decided;
        db.ExpectVersion(Document.Entity, Input.Version, evenIfUnchanged: true);
        if (!await this.TrySaveOrShowConflictAsync(db, Document.Noun, clock))
            return Page();
        return Redirect(Document.Url);
    }

    /// <summary>Skicka till beredning: utkast → under beredning.</summary>
    public Task<IActionResult> OnPostSubmitAsync(string kind, int id, int version) =>
        MoveAsync(kind, id, version, PlanState.Draft, PlanState.InPreparation, PlanText.Submitted);

    /// <summary>Återför till utkast: under beredning → utkast.</summary>
    public Task<IActionResult> OnPostReturnAsync(string kind, int id, int version) =>
        MoveAsync(kind, id, version, PlanState.InPreparation, PlanState.Draft, PlanText.Returned);

    private async Task<IActionResult> MoveAsync(string kind, int id, int version, PlanState from, PlanState to, string done)
    {
        if (await LoadAsync(kind, id, from) is { } refusal)
            return refusal;
        Document.State = to;
        db.ExpectVersion(Document.Entity, version, evenIfUnchanged: true);
        if (await db.TrySaveAsync(Document.Noun, clock) is { } conflict)
            return Back(conflict);
        TempData["Message"] = done;
        return Redirect(Document.Url);
    }

    /// <summary>The document in the state the step starts from; otherwise back to its page with the reason.</summary>
    private async Task<IActionResult?> LoadAsync(string kind, int id, PlanState expected)
    {
        if (await DocumentHead.LoadAsync(db, kind, id) is not { } document)
            return NotFound();
        if (!await access.ActsForWholeOrganisationAsync())
            return Forbid();
        Document = document;
        if (document.IsLocked)
            return Back(PlanningDocumentText.ErrorLocked);
        return document.State == expected ? null : Back(PlanningDocumentText.ErrorWrongState);
    }

    private IActionResult Back(string refusal)
    {
        TempData[PlanningDocumentRules.RefusalKey] = refusal;
        return Redirect(Document.Url);
    }
}
