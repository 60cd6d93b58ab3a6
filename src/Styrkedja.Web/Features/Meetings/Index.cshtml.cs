using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Meetings;

/// <summary>A year's meetings and dialogues that the user may see, coming first, then those held; optionally of one type.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public MeetingType? Type { get; set; }

    public List<Meeting> Upcoming { get; private set; } = [];
    public List<Meeting> Past { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (user.UserId is null || (await access.GrantsAsync()).Count == 0)
            return Forbid();
        var today = SwedishTime.Today(clock);
        Year ??= today.Year;
        var (from, to) = (new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31));
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Date >= from && m.Date <= to && (Type == null || m.Type == Type))
            .Include(m => m.Participants).ThenInclude(p => p.OrgUnit)
            .Include(m => m.Participants).ThenInclude(p => p.User)
            .AsSplitQuery()
            .ToListAsync();
        var visible = (await access.VisibleAsync(db, user, meetings))
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime).ThenBy(m => m.Title, StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, true))
            .ToList();
        Upcoming = visible.Where(m => m.Date >= today).ToList();
        Past = visible.Where(m => m.Date < today).Reverse().ToList();
        MayManage = await access.MayManageMeetingsAsync(db);
        return Page();
    }

    public IReadOnlyList<FieldOption> TypeOptions =>
        [new("", MeetingText.AllTypes, Type is null), .. Enum.GetValues<MeetingType>().Select(t => new FieldOption(t.ToString(), Labels.For(t), t == Type))];

    /// <summary>"Hälso- och sjukvårdsnämnden, Anna Andersson" — units first, then people.</summary>
    public static string ParticipantNames(Meeting meeting) => string.Join(", ",
        meeting.Participants.Where(p => p.OrgUnit is not null).Select(p => p.OrgUnit!.Name).Order(StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, true))
            .Concat(meeting.Participants.Where(p => p.User is not null).Select(p => p.User!.DisplayName).Order(StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, true))));
}
