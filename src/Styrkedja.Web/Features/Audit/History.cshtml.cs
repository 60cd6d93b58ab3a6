using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Audit;

/// <summary>
/// The history of one subject (a goal with its links, a unit with its grunduppdrag …), newest first.
/// Everyone in the organisation may read it; the audit log's tenant filter keeps other organisations out,
/// so their subjects are simply not found.
/// </summary>
public class HistoryModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public string SubjectName { get; private set; } = "";
    public List<AuditRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? type, string? id)
    {
        if (string.IsNullOrEmpty(type) || string.IsNullOrEmpty(id))
            return NotFound();
        var entries = await db.AuditEntries.Where(a => a.SubjectType == type && a.SubjectId == id)
            .OrderByDescending(a => a.Timestamp).ThenByDescending(a => a.Id)
            .ToListAsync();
        if (entries.Count == 0)
            return NotFound();
        // Reading needs some role in the organisation, as everywhere else.
        if ((await access.GrantsAsync()).Count == 0)
            return Forbid();
        Rows = await AuditRows.BuildAsync(db, entries);
        SubjectName = Rows[0].SubjectName;
        return Page();
    }
}
