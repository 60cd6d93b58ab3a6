using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.ProcessSteps;

/// <summary>
/// Removes a step from the template. The years' items made from it stay (as items of their own), since a
/// year's calendar is history; a step that an evaluation not yet applied proposes to change is kept until
/// the evaluation is applied, so that the proposal does not turn into a proposal for a new step.
/// </summary>
public class DeleteModel(StyrkedjaDbContext db, TimeProvider clock) : GuardedDeleteModel<ProcessStep>(db, clock)
{
    protected override string Noun => YearWheelText.StepNoun;
    protected override string ConfirmText => string.Format(YearWheelText.StepDeleteConfirm, Item.Name);
    protected override string DeletedText => string.Format(YearWheelText.StepDeleted, Item.Name);
    protected override string ListUrl => "/GovernanceModel/ProcessSteps";

    protected override async Task<string?> RefusalAsync(int id) =>
        await Db.ProcessChanges.AnyAsync(c => c.ProcessStepId == id && c.Evaluation!.AppliedOn == null)
            ? string.Format(YearWheelText.StepInEvaluation, Item.Name) : null;
}
