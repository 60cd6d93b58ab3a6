using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// /Reports/Assess/{id}?goal=G: the report's assessment of one of the unit's goals, created on the first
/// save. Checked against the report's version (a submission meanwhile wins) and the assessment's own.
/// </summary>
public class AssessModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ReportPageModel(db, access, clock)
{
    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    public Goal Goal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int goal)
    {
        if (await LoadAsync(id, goal) is { } refusal)
            return refusal;
        var assessment = Assessment;
        Input = new AssessmentInput
        {
            AtPeriodEnd = assessment?.AtPeriodEnd, Forecast = assessment?.Forecast, Analysis = assessment?.Analysis,
            Consequences = assessment?.Consequences, Measures = assessment?.Measures,
            ReportVersion = Report.Version, AssessmentVersion = assessment?.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int goal)
    {
        if (await LoadAsync(id, goal) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();

        var assessment = Assessment;
        if (assessment is null)
            Report.Assessments.Add(assessment = new ReportGoalAssessment { OrganisationId = Report.OrganisationId, GoalId = Goal.Id });
        else
            Db.ExpectVersion(assessment, Input.AssessmentVersion ?? -1);
        assessment.AtPeriodEnd = Input.AtPeriodEnd!.Value;
        assessment.Forecast = Input.Forecast!.Value;
        assessment.Analysis = Input.Analysis?.Trim() ?? "";
        assessment.Consequences = Input.Consequences?.Trim() ?? "";
        assessment.Measures = Input.Measures?.Trim() ?? "";
        MarkStarted();
        return await SaveReportAsync(Input.ReportVersion, string.Format(ReportText.Assessed, Goal.Title));
    }

    private ReportGoalAssessment? Assessment => Report.Assessments.SingleOrDefault(a => a.GoalId == Goal.Id);

    /// <summary>The writable report and the goal, which must be one of the unit's goals of the round's year.</summary>
    private async Task<IActionResult?> LoadAsync(int id, int goal)
    {
        if (await LoadWritableReportAsync(id) is { } refusal)
            return refusal;
        var found = await ReportContentReader.ReportGoalsQuery(Db, Report).Include(g => g.Level).SingleOrDefaultAsync(g => g.Id == goal);
        if (found is null)
            return NotFound();
        Goal = found;
        return null;
    }
}
