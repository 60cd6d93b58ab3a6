using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Goals;

/// <summary>
/// A manual assessment of the goal that overrides the status rolled up from its indicators, always with
/// a motivation; removing it returns the goal to the rolled-up status.
/// </summary>
public class AssessModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public const int MaxMotivationLength = 4000;

    public sealed class AssessmentInput
    {
        public TargetStatus? Status { get; set; }
        public string? Motivation { get; set; }

        /// <summary>The goal's version when the form was opened.</summary>
        public int Version { get; set; }
    }

    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    public Goal Goal { get; private set; } = null!;
    public GoalAssessment? Assessment { get; private set; }
    public GoalStatus Reading { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = new AssessmentInput { Status = Assessment?.Status, Motivation = Assessment?.Motivation, Version = Goal.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var motivation = Input.Motivation?.Trim() ?? "";
        if (Input.Status is null && ModelState.GetValidationState("Input.Status") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            ModelState.AddModelError("Input.Status", ValueText.ErrorStatusRequired);
        if (motivation.Length == 0)
            ModelState.AddModelError("Input.Motivation", ValueText.ErrorMotivationRequired);
        else if (motivation.Length > MaxMotivationLength)
            ModelState.AddModelError("Input.Motivation", string.Format(ValueText.ErrorMotivationLength, MaxMotivationLength));
        if (!ModelState.IsValid)
            return Page();

        if (Assessment is null)
            db.GoalAssessments.Add(Assessment = new GoalAssessment { OrganisationId = Goal.OrganisationId, GoalId = id, Motivation = motivation });
        Assessment.Status = Input.Status!.Value;
        Assessment.Motivation = motivation;
        return await SaveAsync(id);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Assessment is not null)
            db.GoalAssessments.Remove(Assessment);
        return await SaveAsync(id);
    }

    private async Task<IActionResult> SaveAsync(int id)
    {
        if (!await GoalSideForm.TrySaveAsync(db, Goal, Input.Version, clock, ModelState, ViewData, $"/Goals/Assess/{id}"))
            return Page();
        return Redirect($"/Goals/Details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var (goal, mayEdit) = await GoalSideForm.LoadAsync(db, access, id);
        if (goal is null)
            return NotFound();
        if (!mayEdit)
            return Forbid();
        Goal = goal;
        Assessment = await db.GoalAssessments.SingleOrDefaultAsync(a => a.GoalId == id);
        Reading = (await GoalStatusReading.LoadAsync(db, [goal])).For(id);
        return null;
    }
}
