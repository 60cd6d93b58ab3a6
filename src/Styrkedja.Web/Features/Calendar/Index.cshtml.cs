using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Meetings;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Calendar;

/// <summary>
/// The user's feed URL and, for those who plan meetings, the organisation's. Only the token's hash is kept,
/// so a URL is shown once, in the answer to the POST that made it; "Förnya" replaces the hash, and the old
/// URL stops working at once.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, CurrentUser user, TimeProvider clock) : PageModel
{
    public CalendarFeed? Mine { get; private set; }
    public CalendarFeed? Organisation { get; private set; }
    public bool MayHaveOrganisationFeed { get; private set; }

    /// <summary>Set only in the answer to a successful POST: which feed (null user = organisation) and its new URL.</summary>
    public (bool ForOrganisation, string Url)? Issued { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public Task<IActionResult> OnPostMineAsync() => RenewAsync(forOrganisation: false);

    public Task<IActionResult> OnPostOrganisationAsync() => RenewAsync(forOrganisation: true);

    private async Task<IActionResult> RenewAsync(bool forOrganisation)
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        if (forOrganisation && !MayHaveOrganisationFeed)
            return Forbid();
        var issued = CalendarToken.Issue();
        var feed = forOrganisation ? Organisation : Mine;
        if (feed is null)
            db.CalendarFeeds.Add(new CalendarFeed
            {
                OrganisationId = db.OrganisationId!.Value, UserId = forOrganisation ? null : user.UserId, TokenHash = issued.Hash,
            });
        else
            feed.TokenHash = issued.Hash;
        if (await db.TrySaveAsync(CalendarText.FeedNoun, clock) is { } conflict)
        {
            this.ShowConflict(conflict, "/Calendar");
            return Page();
        }
        await LoadAsync();
        Issued = (forOrganisation, $"{Request.Scheme}://{Request.Host}/Calendar/Feed/{issued.Token}.ics");
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (user.UserId is not { } userId)
            return Forbid();
        MayHaveOrganisationFeed = await access.MayManageMeetingsAsync(db);
        var feeds = await db.CalendarFeeds.Where(f => f.UserId == userId || f.UserId == null).ToListAsync();
        Mine = feeds.SingleOrDefault(f => f.UserId == userId);
        Organisation = MayHaveOrganisationFeed ? feeds.SingleOrDefault(f => f.UserId == null) : null;
        return null;
    }
}
