using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Resources;
using System.ComponentModel.DataAnnotations;

namespace Styrkedja.Web.Features.Activities;

/// <summary>
/// One activity with what it serves and its follow-up history. A follow-up appends a comment and sets the
/// activity's status and progress in the same save, checked against the version the page showed, so two
/// people reporting at once are told instead of one report silently replacing the other's status.
/// </summary>
public class DetailsModel(StyrkedjaDbContext db, AccessPolicy access, CurrentUser user, TimeProvider clock) : PageModel
{
    public const int MaxCommentLength = 4000;

    public sealed class FollowUpInput
    {
        [Display(Name = nameof(ActivityText.CommentText), ResourceType = typeof(ActivityText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        [StringLength(MaxCommentLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        public string? Text { get; set; }

        public ActivityStatus Status { get; set; }

        [Display(Name = nameof(ActivityText.Progress), ResourceType = typeof(ActivityText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        [Range(0, 100, ErrorMessageResourceName = nameof(ActivityText.ErrorProgressRange), ErrorMessageResourceType = typeof(ActivityText))]
        public int? ProgressPercent { get; set; }

        /// <summary>The activity's version when the page was opened.</summary>
        public int Version { get; set; }
    }

    [BindProperty]
    public FollowUpInput Input { get; set; } = new();

    public Activity Activity { get; private set; } = null!;
    public List<ActivityComment> Comments { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool MayEdit { get; private set; }
    public bool MayFollowUp { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = new FollowUpInput { Status = Activity.Status, ProgressPercent = Activity.ProgressPercent, Version = Activity.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!MayFollowUp)
            return Forbid();
        if (!Enum.IsDefined(Input.Status))
            ModelState.AddModelError("Input.Status", ActivityText.ErrorChoice);
        if (!ModelState.IsValid)
            return Page();

        db.ActivityComments.Add(new ActivityComment
        {
            OrganisationId = Activity.OrganisationId, ActivityId = id, Text = Input.Text!.Trim(),
            Status = Input.Status, ProgressPercent = Input.ProgressPercent!.Value,
        });
        db.ExpectVersion(Activity, Input.Version, evenIfUnchanged: true);
        Activity.Status = Input.Status;
        Activity.ProgressPercent = Input.ProgressPercent.Value;
        if (!await this.TrySaveOrShowConflictAsync(db, ActivityText.ActivityNoun, clock))
            return Page();
        TempData["Message"] = ActivityText.FollowUpSaved;
        return Redirect($"/Activities/Details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var activity = await db.Activities.Include(a => a.OwnerUnit).Include(a => a.PlanningYear).Include(a => a.Responsible)
            .Include(a => a.Goals).ThenInclude(l => l.Goal!).ThenInclude(g => g.OwnerUnit)
            .Include(a => a.Indicators).ThenInclude(l => l.Indicator)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id);
        if (activity is null)
            return NotFound();
        if (!await access.MayReadAsync(activity, user))
            return Forbid();
        Activity = activity;
        MayEdit = await access.MayEditAsync(activity);
        MayFollowUp = await access.MayFollowUpAsync(activity, user);
        Today = SwedishTime.Today(clock);
        Comments = await db.ActivityComments.AsNoTracking().Where(c => c.ActivityId == id)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).ToListAsync();
        return null;
    }

    public IEnumerable<Goal> Goals => Activity.Goals.Select(l => l.Goal!)
        .OrderBy(g => g.Title, StringComparer.Create(ServiceRegistration.Swedish, true));

    public IEnumerable<Indicator> Indicators => Activity.Indicators.Select(l => l.Indicator!)
        .OrderBy(i => i.Name, StringComparer.Create(ServiceRegistration.Swedish, true));
}
