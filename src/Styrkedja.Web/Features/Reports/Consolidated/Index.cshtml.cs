using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Reports.Consolidated;

/// <summary>/Reports/Consolidated/{id}: the organisation's report for a round, for whoever reads the root unit.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public Consolidation Report { get; private set; } = null!;
    public bool MayWrite { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await ConsolidatedAccess.RoundAsync(db, id) is not { } round)
            return NotFound();
        if (!await ConsolidatedAccess.MayReadAsync(db, access))
            return Forbid();
        Report = await ConsolidationReader.ReadAsync(db, round);
        MayWrite = await ConsolidatedAccess.MayWriteAsync(db, access);
        Today = Infrastructure.Text.SwedishTime.Today(clock);
        return Page();
    }
}
