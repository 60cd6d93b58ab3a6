using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.ControlPlans;

/// <summary>
/// Records a control's result for a report round (or the whole year) with its actions. The page opened
/// for a round edits that round's result; results are followed up on a decided plan too, which is the
/// point of having one. Each action's owner finds it in Mina uppgifter.
/// </summary>
public class ResultModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ControlPlanPageModel(db, access, clock)
{
    /// <summary>Empty rows offered for new actions.</summary>
    public const int NewActionRows = 2;

    [BindProperty]
    public ResultInput Input { get; set; } = new();

    public Control Control { get; private set; } = null!;
    public ControlResult? Existing { get; private set; }
    public List<ReportRound> Rounds { get; private set; } = [];
    public List<AppUser> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int controlId, int? round)
    {
        if (await LoadAsync(controlId, round) is { } refusal)
            return refusal;
        Input = Existing is { } result
            ? new ResultInput
            {
                RoundId = result.ReportRoundId, Outcome = result.Outcome, PerformedOn = result.PerformedOn, Findings = result.Findings,
                Version = result.Version,
                Actions = result.Actions.OrderBy(a => a.Id)
                    .Select(a => new ActionInput { Id = a.Id, Text = a.Text, ResponsibleUserId = a.ResponsibleUserId, DueOn = a.DueOn }).ToList(),
            }
            : new ResultInput { RoundId = round ?? Rounds.LastOrDefault(r => r.DueOn <= SwedishTime.Today(Clock).AddMonths(1))?.Id, PerformedOn = SwedishTime.Today(Clock) };
        Input.Actions.AddRange(Enumerable.Range(0, NewActionRows).Select(_ => new ActionInput()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int controlId, int? round)
    {
        if (await LoadAsync(controlId, round) is { } refusal)
            return refusal;
        Validate();
        if (!ModelState.IsValid)
            return Page();

        var result = Existing;
        if (result is null)
        {
            result = new ControlResult { OrganisationId = Plan.OrganisationId, ControlId = Control.Id };
            Db.ControlResults.Add(result);
        }
        else
        {
            Db.ExpectVersion(result, Input.Version, evenIfUnchanged: true);
        }
        result.ReportRoundId = Input.RoundId;
        result.Outcome = Input.Outcome!.Value;
        result.PerformedOn = Input.PerformedOn!.Value;
        result.Findings = ControlInput.Trimmed(Input.Findings);
        ApplyActions(result);
        // A result of the same round saved meanwhile by someone else: the unique index decides.
        if (!await this.TrySaveOrShowConflictAsync(Db, ControlText.ResultNoun, Clock))
            return Page();
        return BackToPlan(message: string.Format(ControlText.ResultSaved, Control.Title, ControlChoices.RoundName(Rounds.FirstOrDefault(r => r.Id == result.ReportRoundId))));
    }

    private void Validate()
    {
        if (Input.RoundId is { } roundId && Rounds.All(r => r.Id != roundId))
            ModelState.AddModelError("Input.RoundId", ControlText.ErrorRoundUnknown);
        else if (Control.Results.FirstOrDefault(r => r.ReportRoundId == Input.RoundId) is { } other && other != Existing)
            ModelState.AddModelError("Input.RoundId", string.Format(ControlText.ErrorResultExists,
                ControlChoices.RoundName(Rounds.FirstOrDefault(r => r.Id == Input.RoundId))));
        for (var i = 0; i < Input.Actions.Count; i++)
        {
            var action = Input.Actions[i];
            if (action.Id != 0 && Existing?.Actions.Any(a => a.Id == action.Id) != true)
                ModelState.AddModelError($"Input.Actions[{i}].Text", ControlText.ErrorActionUnknown);
            if (!string.IsNullOrEmpty(action.ResponsibleUserId) && Users.All(u => u.Id != action.ResponsibleUserId))
                ModelState.AddModelError($"Input.Actions[{i}].ResponsibleUserId", ControlText.ErrorResponsibleUnknown);
            if (string.IsNullOrWhiteSpace(action.Text) && action.Id == 0 && (action.DueOn is not null || !string.IsNullOrEmpty(action.ResponsibleUserId)))
                ModelState.AddModelError($"Input.Actions[{i}].Text", ControlText.ErrorActionTextMissing);
        }
    }

    /// <summary>Existing rows change (or go when emptied); new rows with text become actions.</summary>
    private void ApplyActions(ControlResult result)
    {
        foreach (var row in Input.Actions)
        {
            var text = ControlInput.Trimmed(row.Text);
            var action = row.Id == 0 ? null : result.Actions.Single(a => a.Id == row.Id);
            if (action is null && text is null)
                continue;
            if (text is null)
            {
                Db.ControlActions.Remove(action!);
                continue;
            }
            if (action is null)
            {
                action = new ControlAction { OrganisationId = Plan.OrganisationId, Text = text };
                result.Actions.Add(action);
            }
            action.Text = text;
            action.ResponsibleUserId = string.IsNullOrEmpty(row.ResponsibleUserId) ? null : row.ResponsibleUserId;
            action.DueOn = row.DueOn;
        }
    }

    private async Task<IActionResult?> LoadAsync(int controlId, int? round)
    {
        var control = await Db.Controls.Include(c => c.Results).ThenInclude(r => r.Actions)
            .SingleOrDefaultAsync(c => c.Id == controlId);
        if (control is null)
            return NotFound();
        if (await LoadPlanAsync(control.InternalControlPlanId, PlanUse.Follow) is { } refusal)
            return refusal;
        Control = control;
        Existing = control.Results.SingleOrDefault(r => r.ReportRoundId == round);
        Rounds = await ControlChoices.RoundsAsync(Db, Plan.PlanningYearId);
        Users = await ControlChoices.UsersAsync(Db, Plan.OrgUnit!);
        return null;
    }
}
