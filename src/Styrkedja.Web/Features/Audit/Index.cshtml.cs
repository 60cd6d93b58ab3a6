using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Audit;

/// <summary>The organisation's change log, for administrators: newest first, filtered and paged.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditLogFilter Filter { get; private set; } = new(null, null, null, null);
    public List<AuditRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public List<string> Types { get; private set; } = [];
    public List<string> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await access.IsAdministratorAsync())
            return Forbid();
        if (From is not null && To is not null && To < From)
            ModelState.AddModelError(nameof(To), AuditText.ErrorDateOrder);
        Filter = ModelState.IsValid ? new AuditLogFilter(Type, UserName, From, To) : new AuditLogFilter(Type, UserName, null, null);

        var entries = Filter.Apply(db.AuditEntries);
        Total = await entries.CountAsync();
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await entries.OrderByDescending(a => a.Timestamp).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        Rows = await AuditRows.BuildAsync(db, page);

        Types = (await db.AuditEntries.Select(a => a.EntityType).Distinct().ToListAsync())
            .OrderBy(AuditRows.EntityLabel, StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, false)).ToList();
        Users = (await db.AuditEntries.Select(a => a.UserName).Distinct().ToListAsync())
            .Order(StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, false)).ToList();
        return Page();
    }
}
