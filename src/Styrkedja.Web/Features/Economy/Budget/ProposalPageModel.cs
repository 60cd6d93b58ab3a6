using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningDocuments;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// What the pages that act on one budget proposal share: loading it with its years and frames, the rule
/// of <see cref="BudgetAccess"/> (404 for a proposal of another organisation, 403 for a change the user
/// may not make) and the lock of an adopted proposal, whatever the request asked for.
/// </summary>
public abstract class ProposalPageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    /// <summary>TempData key of a refusal shown at the top of the proposal page after a redirect.</summary>
    public const string RefusalKey = "BudgetRefusal";

    public BudgetProposal Proposal { get; private set; } = null!;

    /// <summary>The rows of the frames: the open committees and any other unit the proposal has frames for.</summary>
    public List<OrgUnit> Committees { get; private set; } = [];

    public bool MayEdit { get; private set; }

    protected StyrkedjaDbContext Db => db;
    protected AccessPolicy Access => access;
    protected TimeProvider Clock => clock;

    /// <summary>The calendar years the proposal covers: the budget year and the plan years after it.</summary>
    public IEnumerable<int> HorizonYears => BudgetProposals.HorizonYears(Proposal.PlanningYear!);

    public static string DetailsUrl(int id) => $"/Economy/Budget/Proposal?id={id}";

    /// <summary>Loads the proposal (tracked); a refusal when it may not be read, or changed when <paramref name="change"/>.</summary>
    protected async Task<IActionResult?> LoadProposalAsync(int id, bool change)
    {
        if (!await BudgetAccess.MayReadAsync(access))
            return Forbid();
        var proposal = await db.BudgetProposals.Include(p => p.PlanningYear).Include(p => p.Years)
            .Include(p => p.Frames).ThenInclude(f => f.OrgUnit).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id);
        if (proposal is null)
            return NotFound();
        MayEdit = await BudgetAccess.MayEditAsync(access);
        if (change && !MayEdit)
            return Forbid();
        Proposal = proposal;
        var committees = await PlanningDocumentRules.CommitteesAsync(db);
        Committees = committees.Concat(proposal.Frames.Select(f => f.OrgUnit!).Where(u => committees.All(c => c.Id != u.Id)))
            .DistinctBy(u => u.Id).OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
        if (change && proposal.IsAdopted)
            return BackToProposal(BudgetText.ErrorLocked);
        return null;
    }

    /// <summary>To the proposal page, with a refusal or a message shown at its top when given.</summary>
    protected IActionResult BackToProposal(string? refusal = null, string? message = null)
    {
        if (refusal is not null)
            TempData[RefusalKey] = refusal;
        if (message is not null)
            TempData["Message"] = message;
        return Redirect(DetailsUrl(Proposal.Id));
    }
}
