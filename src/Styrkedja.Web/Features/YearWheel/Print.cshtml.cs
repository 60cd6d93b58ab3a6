using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>/YearWheel/Print?year=: the wheel for the wall — landscape, no menu, the wheel large and the list small.</summary>
public class PrintModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock, CurrentUser user) : YearWheelPage(db, access, clock)
{
    public string OrganisationName => user.OrganisationName;

    public async Task<IActionResult> OnGetAsync(int? year) => await LoadAsync(year) ?? (Year is null ? NotFound() : Page());
}
