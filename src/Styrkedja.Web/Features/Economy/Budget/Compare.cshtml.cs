using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Excel;
using Styrkedja.Web.Features.PlanningDocuments;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// /Economy/Budget/Compare?year=&amp;ids=: two or more proposals of a year side by side, per year and
/// committee, with each one's difference against the first chosen; also as an Excel workbook.
/// </summary>
public class CompareModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public PlanningYear? Year { get; private set; }
    public BudgetComparison? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, int[] ids)
    {
        if (await LoadAsync(year, ids) is { } refusal)
            return refusal;
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(int year, int[] ids)
    {
        if (await LoadAsync(year, ids) is { } refusal)
            return refusal;
        if (Comparison is null)
            return Page();
        return File(BudgetWorkbook.Write(Comparison), ValueSheet.ContentType, $"{FileNames.Ascii(BudgetText.CompareTitle)}-{year}.xlsx");
    }

    /// <summary>The comparison stays null when fewer than two proposals of the year are chosen; the page says so.</summary>
    private async Task<IActionResult?> LoadAsync(int year, int[] ids)
    {
        if (!await BudgetAccess.MayReadAsync(access))
            return Forbid();
        Year = await db.PlanningYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year);
        if (Year is null)
            return NotFound();
        var yearId = Year.Id;
        var chosen = ids.Distinct().ToList();
        var proposals = await db.BudgetProposals.AsNoTracking().Where(p => p.PlanningYearId == yearId && chosen.Contains(p.Id))
            .Include(p => p.Years).Include(p => p.Frames).ThenInclude(f => f.OrgUnit).AsSplitQuery().ToListAsync();
        if (proposals.Count < 2)
            return null;
        // The order of the request: the first chosen is the baseline the others are measured against.
        var ordered = chosen.Select(id => proposals.FirstOrDefault(p => p.Id == id)).OfType<BudgetProposal>().ToList();
        var committees = await PlanningDocumentRules.CommitteesAsync(db);
        var units = committees.Concat(proposals.SelectMany(p => p.Frames).Select(f => f.OrgUnit!))
            .DistinctBy(u => u.Id).OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
        Comparison = new BudgetComparison(ordered, BudgetProposals.HorizonYears(Year).ToList(), units);
        return null;
    }
}
