using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Excel;

/// <summary>
/// Excel exchange: download a unit's input template, upload it filled in, export a year. The upload is
/// all or nothing: every row is read and checked, and one error anywhere means nothing is written.
/// </summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, ValueWriter writer, TimeProvider clock) : PageModel
{
    public const int MaxUploadBytes = 5 * 1024 * 1024;

    public List<FieldOption> Units { get; private set; } = [];
    public List<FieldOption> Months { get; private set; } = [];
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if ((await access.GrantsAsync()).Count == 0)
            return Forbid();
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload)
    {
        if ((await access.GrantsAsync()).Count == 0)
            return Forbid();
        await LoadChoicesAsync();
        if (upload is null || upload.Length == 0)
            return Refuse(ExchangeText.ExcelNoFile, "upload");
        if (upload.Length > MaxUploadBytes)
            return Refuse(string.Format(ExchangeText.ExcelTooLarge, MaxUploadBytes / 1024 / 1024), "upload");
        using var workbook = await OpenAsync(upload);
        if (workbook is null)
            return Refuse(string.Format(ExchangeText.ExcelNotXlsx, upload.FileName), "upload");

        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id);
        var reading = ValueSheetReader.Read(workbook, indicators);
        if (reading.Errors.Count > 0)
            return Refuse(reading.Errors);
        if (await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == reading.UnitId) is not { } unit)
            return Refuse([string.Format(ExchangeText.ExcelUnitUnknown, reading.UnitId)]);
        if (!await access.CanAsync(UnitAction.Edit, unit))
            return Forbid();
        if (reading.Values.Count == 0)
            return Refuse([ExchangeText.ExcelNoRows]);

        var result = await writer.WriteAsync(reading.Values.Select(v => v.Write).ToList(), IndicatorSource.Manual);
        if (result.Forbidden)
            return Forbid();
        if (!result.Succeeded)
            return Refuse(result.Errors.Select(e => e.Index >= 0 ? ValueSheetReader.AtRow(reading.Values[e.Index].Row, e.Message) : e.Message).ToList());
        TempData["Message"] = string.Format(ExchangeText.ExcelImported, result.Written, reading.Values.Count, unit.Name, reading.Year);
        return Redirect("/Excel");
    }

    /// <summary>Null when the upload is not a readable .xlsx (random bytes, a renamed .csv, a damaged file).</summary>
    private static async Task<XLWorkbook?> OpenAsync(IFormFile upload)
    {
        var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer);
        buffer.Position = 0;
        try
        {
            return new XLWorkbook(buffer);
        }
        // ClosedXML and the Open XML SDK throw many kinds of exception for a file they cannot read; for
        // the user each means the same: this is not an Excel workbook.
        catch (Exception)
        {
            return null;
        }
    }

    private PageResult Refuse(string message, string field)
    {
        ModelState.AddModelError(field, message);
        return Page();
    }

    private PageResult Refuse(IEnumerable<string> errors)
    {
        foreach (var error in errors)
            ModelState.AddModelError("", error);
        return Page();
    }

    private async Task LoadChoicesAsync()
    {
        var now = SwedishTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        Year = now.Year;
        var units = await access.FilterAsync(UnitAction.Edit, await db.OrgUnits.AsNoTracking().OrderBy(u => u.Path).ToListAsync());
        Units = units.Select(u => new FieldOption(u.Id.ToString(), u.Name, false)).ToList();
        Months = Enumerable.Range(1, 12)
            .Select(m => new FieldOption(m.ToString(), ServiceRegistration.Swedish.DateTimeFormat.GetMonthName(m), m == now.Month))
            .ToList();
    }
}
