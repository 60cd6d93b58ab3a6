using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Values;

/// <summary>
/// The value grid: a unit's values for the periods ending in one month, entered all at once. Every
/// cell is parsed here and written through <see cref="ValueWriter"/>, which checks the indicator's
/// rules, the user's rights and the versions, and writes all or nothing.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, ValueWriter writer, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Month { get; set; }

    [BindProperty]
    public List<CellInput> Cells { get; set; } = [];

    /// <summary>The units to choose from: those the user may edit first, then the rest (read only).</summary>
    public List<OrgUnit> Units { get; private set; } = [];
    public HashSet<int> EditableUnitIds { get; private set; } = [];
    public ValueGrid? Grid { get; private set; }
    public bool MayEdit { get; private set; }

    public string GridUrl => $"/Values?unit={Grid?.Unit.Id}&year={Grid?.Year}&month={Grid?.Month}";

    public async Task<IActionResult> OnGetAsync()
    {
        // A malformed query string (month=abc) falls back to the defaults rather than showing errors.
        ModelState.Clear();
        if (await LoadAsync() is { } refusal)
            return refusal;
        Cells = Grid?.Rows.Select(CellInput.From).ToList() ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        if (Grid is null || !MayEdit)
            return Forbid();

        var writes = new List<ValueWrite>();
        var cellOfWrite = new List<int>();
        for (var i = 0; i < Cells.Count; i++)
        {
            var cell = Cells[i];
            if (!ValueRules.TryParse(cell.Value, out var value, out var error))
            {
                ModelState.AddModelError(ValueKey(i), error!);
                continue;
            }
            // An empty version means the page showed no value: version 0, which no stored value has, so a
            // value someone created meanwhile is a conflict rather than silently overwritten or removed.
            writes.Add(new ValueWrite(cell.IndicatorId, Grid.Unit.Id, Grid.Year, cell.Period, cell.Gender, value,
                cell.Comment ?? "", cell.Version ?? 0));
            cellOfWrite.Add(i);
        }
        if (!ModelState.IsValid)
            ExplainOtherCells(writes, cellOfWrite);
        else
        {
            var result = await writer.WriteAsync(writes, IndicatorSource.Manual);
            if (result.Forbidden)
                return Forbid();
            if (result.Succeeded)
            {
                TempData["Message"] = result.Written switch
                {
                    0 => ValueText.SavedNone,
                    1 => ValueText.SavedOne,
                    var written => string.Format(ValueText.Saved, written),
                };
                return Redirect(GridUrl);
            }
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Index >= 0 ? ValueKey(cellOfWrite[error.Index]) : "", error.Message);
            ViewData["ReloadUrl"] = GridUrl;
        }
        return Page();
    }

    /// <summary>
    /// When some cell is not a number the writer is not called, yet the user should learn of every bad
    /// cell at once: the cells that parsed are checked against their indicator's rules as well.
    /// </summary>
    private void ExplainOtherCells(List<ValueWrite> writes, List<int> cellOfWrite)
    {
        var indicators = Grid!.Rows.Select(r => r.Indicator).DistinctBy(i => i.Id).ToDictionary(i => i.Id);
        for (var w = 0; w < writes.Count; w++)
            if (indicators.TryGetValue(writes[w].IndicatorId, out var indicator) &&
                ValueRules.Check(indicator, writes[w].Period, writes[w].Gender, writes[w].Value) is { } error)
                ModelState.AddModelError(ValueKey(cellOfWrite[w]), error);
    }

    /// <summary>The cell to render in row <paramref name="index"/>: what the user posted, else what is stored.</summary>
    public CellInput CellFor(int index)
    {
        var row = Grid!.Rows[index];
        return index < Cells.Count && Cells[index].Key == row.Key ? Cells[index] : CellInput.From(row);
    }

    public static string ValueKey(int index) => $"Cells[{index}].Value";

    private async Task<IActionResult?> LoadAsync()
    {
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.ClosedOn == null).OrderBy(u => u.Path).ToListAsync();
        var editable = await access.FilterAsync(UnitAction.Edit, units);
        EditableUnitIds = editable.Select(u => u.Id).ToHashSet();
        Units = [.. editable, .. units.Where(u => !EditableUnitIds.Contains(u.Id))];

        var unit = Unit is { } id ? await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id) : Units.FirstOrDefault();
        if (Unit is not null && unit is null)
            return NotFound();
        if (unit is null)
            return null;
        if (!await access.CanAsync(UnitAction.Read, unit))
            return Forbid();
        MayEdit = await access.CanAsync(UnitAction.Edit, unit);

        var today = clock.GetLocalNow();
        Year = Year is >= 2000 and <= 2100 ? Year : today.Year;
        Month = Month is >= 1 and <= 12 ? Month : today.Month;
        Grid = await ValueGrid.LoadAsync(db, unit, Year.Value, Month.Value);
        return null;
    }
}
