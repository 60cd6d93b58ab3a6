using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Plans;

/// <summary>
/// The plan page: header, decision, revisions and the plan's content. Its buttons move the plan
/// through its life (each a POST of its own with the plan's version): to beredning, back to draft,
/// and a new revision of a decided plan. Recording the decision has its own form (Decide).
/// </summary>
public class DetailsModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PlanPageModel(db, access, clock)
{
    public const int MaxCommentLength = 2000;

    public PlanContent PlanContent { get; private set; } = null!;
    public List<Plan> Revisions { get; private set; } = [];
    public bool IsLatest { get; private set; }
    public bool MayEdit { get; private set; }
    public bool MayReview { get; private set; }

    /// <summary>Title and sections may change: the latest revision, not decided, and the user may edit.</summary>
    public bool MayChangeContent => MayEdit && IsLatest && !Plan.IsLocked;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadPlanAsync(id, UnitAction.Read) is { } refusal)
            return refusal;
        PlanContent = await PlanContentReader.ReadAsync(Db, Plan);
        Revisions = await Db.Plans.AsNoTracking()
            .Where(p => p.OrgUnitId == Plan.OrgUnitId && p.PlanningYearId == Plan.PlanningYearId)
            .OrderBy(p => p.Revision).ToListAsync();
        IsLatest = Revisions[^1].Id == Plan.Id;
        MayEdit = await Access.CanAsync(UnitAction.Edit, Plan.OrgUnit!);
        MayReview = await Access.CanAsync(UnitAction.Review, Plan.OrgUnit!);
        return Page();
    }

    /// <summary>Skicka till beredning: draft → under beredning.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int id, int version)
    {
        if (await LoadChangeablePlanAsync(id) is { } refusal)
            return refusal;
        if (Plan.State != PlanState.Draft)
            return BackToPlan(PlanText.ErrorNotDraft);
        Plan.State = PlanState.InPreparation;
        return await SavePlanFromPlanPageAsync(version, PlanText.Submitted);
    }

    /// <summary>Återför till utkast: under beredning → draft, with the reviewer's optional comment.</summary>
    public async Task<IActionResult> OnPostReturnAsync(int id, int version, string? comment)
    {
        if (await LoadChangeablePlanAsync(id, UnitAction.Review) is { } refusal)
            return refusal;
        if (Plan.State != PlanState.InPreparation)
            return BackToPlan(PlanText.ErrorNotInPreparation);
        // The comment travels in the TempData cookie; the form's own limit keeps it small.
        if (comment?.Length > MaxCommentLength)
            return BackToPlan(string.Format(Common.MaxLength, PlanText.ReturnComment, MaxCommentLength));
        Plan.State = PlanState.Draft;
        var done = string.IsNullOrWhiteSpace(comment)
            ? PlanText.Returned
            : string.Format(PlanText.ReturnedWithComment, comment.Trim());
        return await SavePlanFromPlanPageAsync(version, done);
    }

    /// <summary>Ny revision: a draft copy of the decided latest revision; the decided one stays as it was.</summary>
    public async Task<IActionResult> OnPostNewRevisionAsync(int id, int version)
    {
        if (await LoadPlanAsync(id, UnitAction.Edit) is { } refusal)
            return refusal;
        if (Plan.Revision < await PlanRules.LatestRevisionAsync(Db, Plan.OrgUnitId, Plan.PlanningYearId))
            return BackToPlan(PlanText.ErrorOlderRevision);
        if (!Plan.IsLocked)
            return BackToPlan(PlanText.ErrorNotDecided);
        // A decided plan never changes, so a different version means the page was stale in some other way.
        if (version != Plan.Version)
            return BackToPlan(PlanText.ErrorStalePage);
        var next = PlanRules.NextRevision(Plan);
        Db.Plans.Add(next);
        // Two people starting the next revision at once: the unique index decides, the later one is told.
        if (await Db.TrySaveAsync(PlanText.RevisionNoun, Clock) is { } conflict)
            return BackToPlan(conflict);
        TempData["Message"] = string.Format(PlanText.RevisionCreated, next.Revision);
        return BackToPlan(planId: next.Id);
    }
}
