using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Goals;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningYears;

/// <summary>
/// Copies the goal structure of year <see cref="From"/> into an empty or new year. The result is shown
/// on the page itself (what was copied, what was left behind and why); posting again is harmless,
/// because the target then has goals and is refused.
/// </summary>
public class CopyModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int From { get; set; }

    [BindProperty]
    public CopyInput Input { get; set; } = new();

    public PlanningYear Source { get; private set; } = null!;
    public GoalChain Chain { get; private set; } = null!;
    public int DefaultHorizon { get; private set; }

    /// <summary>Existing years other than the source that have no goals yet: ready to copy into.</summary>
    public List<int> EmptyYears { get; private set; } = [];

    public YearCopy.Result? Result { get; private set; }
    public int? CopiedTo { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        Input.TargetYear = From + 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        var target = Input.TargetYear is { } year ? await db.PlanningYears.SingleOrDefaultAsync(y => y.Year == year) : null;
        await ValidateAsync(target);
        if (!ModelState.IsValid)
            return Page();

        if (target is null)
            target = YearPlanning.AddYear(db, Input.TargetYear!.Value, DefaultHorizon);
        else
            // Touching the target's version makes two copies into the same year at once conflict, not double up.
            db.ExpectVersion(target, target.Version, evenIfUnchanged: true);
        var result = YearCopy.AddCopies(db, Chain, target);
        if (!await this.TrySaveOrShowConflictAsync(db, YearText.YearNoun, clock))
            return Page();
        Result = result;
        CopiedTo = target.Year;
        return Page();
    }

    private async Task ValidateAsync(PlanningYear? target)
    {
        if (Chain.Goals.Count == 0)
            ModelState.AddModelError("", string.Format(YearText.ErrorNothingToCopy, Source.Year));
        if (target is null)
            return;
        if (target.Id == Source.Id)
            ModelState.AddModelError("Input.TargetYear", string.Format(YearText.ErrorSameYear, Source.Year));
        else if (await db.Goals.CountAsync(g => g.PlanningYearId == target.Id) is var count and > 0)
            ModelState.AddModelError("Input.TargetYear", string.Format(YearText.ErrorTargetHasGoals, target.Year, count));
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (!await access.ActsForWholeOrganisationAsync())
            return Forbid();
        var source = await db.PlanningYears.SingleOrDefaultAsync(y => y.Year == From);
        if (source is null)
            return NotFound();
        Source = source;
        Chain = await GoalChain.LoadAsync(db, source.Id);
        DefaultHorizon = await YearPlanning.DefaultHorizonAsync(db);
        EmptyYears = await db.PlanningYears
            .Where(y => y.Id != source.Id && !db.Goals.Any(g => g.PlanningYearId == y.Id))
            .OrderBy(y => y.Year).Select(y => y.Year).ToListAsync();
        return null;
    }
}
