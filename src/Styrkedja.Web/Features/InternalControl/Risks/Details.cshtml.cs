using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.InternalControl.Risks;

/// <summary>/InternalControl/Risks/Details/{id}: one risk in full, with the years it was carried from.</summary>
public class DetailsModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public Risk Risk { get; private set; } = null!;
    public RiskScale Scale { get; private set; } = null!;
    public List<Risk> History { get; private set; } = [];
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var (risk, refusal) = await RiskAccess.RiskAsync(this, db, access, id, edit: false);
        if (refusal is not null)
            return refusal;
        Risk = risk!;
        MayEdit = await InternalControlAccess.MayEditAsync(access, Risk.OrgUnit!);
        Scale = await RiskScale.LoadAsync(db);
        History = await RiskAnalysis.HistoryAsync(db, Risk);
        return Page();
    }
}
