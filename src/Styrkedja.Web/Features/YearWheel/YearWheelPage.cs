using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>
/// What the wheel page and the print page share: the year chosen (as elsewhere, this year by default), its
/// entries, and the rules of who reads and who edits.
/// </summary>
public abstract class YearWheelPage(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    protected StyrkedjaDbContext Db => db;
    protected AccessPolicy Access => access;
    protected TimeProvider Clock => clock;

    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public List<WheelEntry> Entries { get; private set; } = [];
    public bool MayEdit { get; private set; }

    /// <summary>
    /// The picture, drawn from the same entries as the list. Without links: links inside the role="img" picture
    /// are nested interactive content (axe: nested-interactive); the list is where one acts on an item.
    /// </summary>
    public string Picture => WheelPicture.Draw(Year!.Year, Entries);

    /// <summary>Loads the page's data; null when the user may read it, else the answer to give (403).</summary>
    protected async Task<IActionResult?> LoadAsync(int? year)
    {
        if (!await YearWheelAccess.MayReadAsync(access))
            return Forbid();
        MayEdit = await YearWheelAccess.MayEditAsync(db, access);
        Years = await db.PlanningYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        if (Year is not null)
            Entries = await YearWheelCalendar.LoadAsync(db, Year, SwedishTime.Today(clock), MayEdit);
        return null;
    }
}
