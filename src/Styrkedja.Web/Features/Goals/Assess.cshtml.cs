using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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
public class AssessModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock)
    : GoalSidePageModel(db, access, clock)
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
        // A status that did not bind already has its message; an empty choice gets ours.
        if (Input.Status is null && ModelState.GetValidationState("Input.Status") != ModelValidationState.Invalid)
            ModelState.AddModelError("Input.Status", ValueText.ErrorStatusRequired);
        if (motivation.Length == 0)
            ModelState.AddModelError("Input.Motivation", ValueText.ErrorMotivationRequired);
        else if (motivation.Length > MaxMotivationLength)
            ModelState.AddModelError("Input.Motivation", string.Format(ValueText.ErrorMotivationLength, MaxMotivationLength));
        if (!ModelState.IsValid)
            return Page();

        if (Assessment is null)
            Db.GoalAssessments.Add(Assessment = new GoalAssessment { OrganisationId = Goal.OrganisationId, GoalId = id, Motivation = motivation });
        Assessment.Status = Input.Status!.Value;
        Assessment.Motivation = motivation;
        return await SaveAsync(Input.Version);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Assessment is not null)
            Db.GoalAssessments.Remove(Assessment);
        return await SaveAsync(Input.Version);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadGoalAsync(id) is { } refusal)
            return refusal;
        Assessment = await Db.GoalAssessments.SingleOrDefaultAsync(a => a.GoalId == id);
        Reading = (await GoalStatusReading.LoadAsync(Db, [Goal])).For(id);
        return null;
    }
}
