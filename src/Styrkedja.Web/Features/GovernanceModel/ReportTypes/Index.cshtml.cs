using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.GovernanceModel.ReportTypes;

/// <summary>The model's report cycle: which follow-ups there are, after which months, who writes them.</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class IndexModel(StyrkedjaDbContext db) : PageModel
{
    public const string ListUrl = "/GovernanceModel/ReportTypes";

    public List<ReportType> Types { get; private set; } = [];

    public async Task OnGetAsync() => Types = await LoadAllAsync(db);

    public static Task<List<ReportType>> LoadAllAsync(StyrkedjaDbContext db) =>
        db.ReportTypes.OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync();
}
