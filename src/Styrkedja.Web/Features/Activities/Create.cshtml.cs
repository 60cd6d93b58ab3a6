using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Activities;

public class CreateModel(StyrkedjaDbContext db, AccessPolicy access) : ActivityFormPage(db)
{
    [BindProperty(SupportsGet = true)]
    public int Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        if (!InputIsValid())
            return Page();

        var activity = new Activity
        {
            OrganisationId = Form.Unit.OrganisationId, PlanningYearId = Form.Year.Id, OwnerUnitId = Form.Unit.Id, Title = "",
        };
        Input.ApplyTo(activity);
        Db.Activities.Add(activity);
        await Db.SaveChangesAsync();
        return Redirect($"/Activities/Details/{activity.Id}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var unit = await Db.OrgUnits.SingleOrDefaultAsync(u => u.Id == Unit);
        var year = await Db.PlanningYears.SingleOrDefaultAsync(y => y.Year == Year);
        if (unit is null || year is null)
            return NotFound();
        if (!await access.CanAsync(UnitAction.Edit, unit))
            return Forbid();
        await LoadFormAsync(unit, year);
        return null;
    }
}
