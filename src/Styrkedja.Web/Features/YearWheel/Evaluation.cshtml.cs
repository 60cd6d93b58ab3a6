using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>
/// /YearWheel/Evaluation?year=: the year's evaluation of the process (what worked, what did not, proposed
/// changes to the template) and "Tillämpa på mallen". Everyone reads; the central staff write and apply.
/// </summary>
public class EvaluationModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public EvaluationInput Input { get; set; } = new();

    public PlanningYear Year { get; private set; } = null!;
    public ProcessEvaluation? Evaluation { get; private set; }
    public List<ProcessStep> Steps { get; private set; } = [];
    public bool MayEdit { get; private set; }
    public bool NextYearExists { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year)
    {
        if (await LoadAsync(year, forEdit: false) is { } refusal)
            return refusal;
        Input = EvaluationInput.From(Evaluation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year)
    {
        if (await LoadAsync(year, forEdit: true) is { } refusal)
            return refusal;
        if (Evaluation?.AppliedOn is not null)
            return Refuse(YearWheelText.AlreadyApplied);
        Input.Validate(ModelState, Steps.Select(s => s.Id).ToList());
        if (!ModelState.IsValid)
            return Page();
        var evaluation = Evaluation ?? db.ProcessEvaluations.Add(new ProcessEvaluation { OrganisationId = Year.OrganisationId, PlanningYearId = Year.Id }).Entity;
        if (Evaluation is not null)
            db.ExpectVersion(evaluation, Input.Version, evenIfUnchanged: true);
        Input.ApplyTo(evaluation, change => db.ProcessChanges.Remove(change));
        if (!await this.TrySaveOrShowConflictAsync(db, YearWheelText.EvaluationNoun, clock))
            return Page();
        TempData["Message"] = YearWheelText.EvaluationSaved;
        return Redirect($"/YearWheel/Evaluation?year={year}");
    }

    /// <summary>Applies the saved proposals to the template, once.</summary>
    public async Task<IActionResult> OnPostApplyAsync(int year)
    {
        if (await LoadAsync(year, forEdit: true) is { } refusal)
            return refusal;
        if (Evaluation is null)
            return NotFound();
        Input = EvaluationInput.From(Evaluation);
        if (Evaluation.AppliedOn is not null)
            return Refuse(YearWheelText.AlreadyApplied);
        db.ExpectVersion(Evaluation, Input.Version, evenIfUnchanged: true);
        EvaluationRules.Apply(db, Evaluation, Steps, SwedishTime.Today(clock));
        if (!await this.TrySaveOrShowConflictAsync(db, YearWheelText.EvaluationNoun, clock))
            return Page();
        TempData["Message"] = string.Format(YearWheelText.Applied, Evaluation.Changes.Count);
        return Redirect($"/YearWheel/Evaluation?year={year}");
    }

    public IReadOnlyList<FieldOption> StepOptions(int? selected) =>
        [new("", YearWheelText.NewStepOption, selected is null),
         .. Steps.Select(s => new FieldOption(s.Id.ToString(), s.Name, s.Id == selected))];

    private IActionResult Refuse(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int year, bool forEdit)
    {
        if (!await YearWheelAccess.MayReadAsync(access))
            return Forbid();
        MayEdit = await YearWheelAccess.MayEditAsync(db, access);
        if (forEdit && !MayEdit)
            return Forbid();
        if (await db.PlanningYears.SingleOrDefaultAsync(y => y.Year == year) is not { } planningYear)
            return NotFound();
        Year = planningYear;
        Evaluation = await db.ProcessEvaluations.Include(e => e.Changes).SingleOrDefaultAsync(e => e.PlanningYearId == planningYear.Id);
        Steps = GovernanceModel.ProcessSteps.ProcessStepForm.InMonthOrder(await db.ProcessSteps.ToListAsync()).ToList();
        NextYearExists = await db.PlanningYears.AnyAsync(y => y.Year == year + 1);
        return null;
    }
}
