using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Budget;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>
/// One committee's instructions and frames (drift, investering; tkr) in the directive. Written by the
/// central staff until the directive is decided; a frame is what the committee may spend, so it is never
/// negative.
/// </summary>
public class AssignmentModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : DirectivePageModel(db, access, clock)
{
    [BindProperty]
    public AssignmentInput Input { get; set; } = new();

    public OrgUnit Committee { get; private set; } = null!;
    public DirectiveAssignment? Assignment { get; private set; }

    /// <summary>The adopted budget the empty frames were filled from, to say so on the form.</summary>
    public BudgetProposal? FramesFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int unitId)
    {
        if (await LoadAsync(id, unitId) is { } refusal)
            return refusal;
        Input = new AssignmentInput
        {
            Instructions = Assignment?.Instructions, Version = Assignment?.Version ?? 0,
            OperatingFrame = Frames.ForInput(Assignment?.OperatingFrame), InvestmentFrame = Frames.ForInput(Assignment?.InvestmentFrame),
        };
        // The directive builds on the economy's frames: empty frames start from the adopted budget's.
        if (Assignment?.OperatingFrame is null && Assignment?.InvestmentFrame is null
            && await BudgetFrames.LatestForAsync(Db, Committee.Id, Directive.PlanningYear!.Year) is { } frame)
        {
            (Input.OperatingFrame, Input.InvestmentFrame) = (Frames.ForInput(frame.OperatingFrame), Frames.ForInput(frame.InvestmentFrame));
            FramesFrom = frame.Proposal;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int unitId)
    {
        if (await LoadAsync(id, unitId) is { } refusal)
            return refusal;
        var operating = ReadFrame("Input.OperatingFrame", Input.OperatingFrame);
        var investment = ReadFrame("Input.InvestmentFrame", Input.InvestmentFrame);
        if (!ModelState.IsValid)
            return Page();
        if (Assignment is null)
        {
            // Two people giving the same committee its first line at once: the unique index decides.
            Assignment = new DirectiveAssignment { OrganisationId = Directive.OrganisationId, OrgUnitId = Committee.Id };
            Directive.Assignments.Add(Assignment);
        }
        else
            Db.ExpectVersion(Assignment, Input.Version);
        Assignment.Instructions = Input.Instructions ?? "";
        Assignment.OperatingFrame = operating;
        Assignment.InvestmentFrame = investment;
        if (!await this.TrySaveOrShowConflictAsync(Db, PlanningDocumentText.AssignmentNoun, Clock))
            return Page();
        return BackToDirective();
    }

    private decimal? ReadFrame(string field, string? text)
    {
        if (!ValueRules.TryParse(text, out var value, out var error))
            ModelState.AddModelError(field, error!);
        else if (value < 0)
            ModelState.AddModelError(field, PlanningDocumentText.ErrorNegativeFrame);
        return value;
    }

    private async Task<IActionResult?> LoadAsync(int id, int unitId)
    {
        if (await LoadChangeableDirectiveAsync(id) is { } refusal)
            return refusal;
        var committee = (await PlanningDocumentRules.CommitteesAsync(Db)).FirstOrDefault(u => u.Id == unitId);
        if (committee is null)
            return NotFound();
        Committee = committee;
        Assignment = Directive.Assignments.SingleOrDefault(a => a.OrgUnitId == unitId);
        return null;
    }
}
