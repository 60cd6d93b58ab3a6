using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Meetings;

/// <summary>
/// A new meeting. Opened from a year-wheel item (<c>?item=</c>) it starts from the item's kind of meeting,
/// name, date and purpose, and the item is linked to the meeting in the same save, so the year wheel
/// shows the meeting as soon as it exists.
/// </summary>
public class CreateModel(StyrkedjaDbContext db, AccessPolicy access) : MeetingFormPage(db)
{
    [BindProperty(SupportsGet = true)]
    public int? Item { get; set; }

    public YearWheelItem? WheelItem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        if (WheelItem is { } item)
            Input = new MeetingInput
            {
                Type = item.ProcessStep?.MeetingType ?? MeetingType.Other, Title = item.Name, Date = item.Date, Purpose = item.Purpose,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        if (!InputIsValid())
            return Page();

        var meeting = new Meeting { OrganisationId = Db.OrganisationId!.Value, Title = "" };
        Input.ApplyTo(meeting);
        Db.Meetings.Add(meeting);
        if (WheelItem is not null)
            WheelItem.Meeting = meeting;
        await Db.SaveChangesAsync();
        return Redirect($"/Meetings/Details/{meeting.Id}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (!await access.MayManageMeetingsAsync(Db))
            return Forbid();
        if (Item is not null)
        {
            WheelItem = await Db.YearWheelItems.Include(i => i.ProcessStep).SingleOrDefaultAsync(i => i.Id == Item);
            if (WheelItem is null)
                return NotFound();
        }
        await LoadFormAsync();
        return null;
    }
}
