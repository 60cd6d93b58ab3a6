using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Text;

namespace Styrkedja.Web.Features.Calendar;

/// <summary>
/// The feed a calendar program subscribes to. It has no login: the token in the URL is the secret. The feed
/// row is found by the token's hash across organisations (the unique index; comparing hashes of a random
/// secret leaks nothing useful through timing), then only that organisation's rows are read, as for the
/// push API's keys. An unknown or renewed token is 404.
/// </summary>
[AllowAnonymous]
public class FeedModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token)
    {
        var hash = CalendarToken.Hash(token);
        var feed = await db.CalendarFeeds.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(f => f.TokenHash == hash);
        if (feed is null)
            return NotFound();
        db.OrganisationId = feed.OrganisationId;
        var organisation = await db.Organisations.Where(o => o.Id == feed.OrganisationId).Select(o => o.Name).SingleAsync();
        var site = new Uri($"{Request.Scheme}://{Request.Host}");
        var ics = await new CalendarFeedBuilder(db, site).BuildAsync(feed, organisation, SwedishTime.Today(clock));
        Response.Headers.CacheControl = "private, no-cache";
        return Content(ics, "text/calendar; charset=utf-8");
    }
}
