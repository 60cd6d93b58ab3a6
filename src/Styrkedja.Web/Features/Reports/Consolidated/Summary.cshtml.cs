using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Consolidated;

/// <summary>
/// /Reports/Consolidated/Summary/{id}: the controller's region-level text of the round's consolidated
/// report (Markdown), checked against the round's version.
/// </summary>
public class SummaryModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed class SummaryInput
    {
        [Display(Name = nameof(ConsolidationText.SummaryField), ResourceType = typeof(ConsolidationText))]
        [StringLength(50000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        public string? Summary { get; set; }

        public int Version { get; set; }
    }

    [BindProperty]
    public SummaryInput Input { get; set; } = new();

    public string Title { get; private set; } = "";

    private ReportRound _round = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = new SummaryInput { Summary = _round.Summary, Version = _round.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();
        db.ExpectVersion(_round, Input.Version);
        _round.Summary = Input.Summary?.Trim() ?? "";
        if (!await this.TrySaveOrShowConflictAsync(db, ConsolidationText.SummaryNoun, clock))
            return Page();
        TempData["Message"] = Common.Saved;
        return Redirect($"/Reports/Consolidated/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await ConsolidatedAccess.RoundAsync(db, id, tracked: true) is not { } round)
            return NotFound();
        if (!await ConsolidatedAccess.MayWriteAsync(db, access))
            return Forbid();
        _round = round;
        Title = string.Format(ConsolidationText.SummaryTitle, ConsolidationReader.Title(round));
        return null;
    }
}
