using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Sie;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Ledger;

/// <summary>
/// /Economy/Ledger: the organisation's imports of ledger files, and the upload. "Provkör" reads the file
/// and shows what would be written and what is unmapped; "Importera" reads it again and writes it, all or
/// nothing. The file is not kept between the two (any instance may answer the next request), so it is
/// chosen again to import. Everyone reads the list; the central staff (administrators, controllers of the
/// whole organisation) import.
/// </summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public const long MaxUploadBytes = 1024L * 1024 * 1024;

    public List<LedgerImport> Imports { get; private set; } = [];
    public bool MayImport { get; private set; }

    /// <summary>The dry run's result, shown under the form.</summary>
    public LedgerReading? DryRun { get; private set; }
    public string? DryRunFile { get; private set; }
    public Dictionary<int, string> LineNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if ((await access.GrantsAsync()).Count == 0)
            return Forbid();
        await LoadAsync();
        return Page();
    }

    /// <summary>Polled by the page's script while its form is posted: bytes read of the file so far.</summary>
    public IActionResult OnGetProgress(string? id) =>
        LedgerProgress.Find(id) is { } state ? new JsonResult(new { read = state.Read, total = state.Total }) : NotFound();

    public Task<IActionResult> OnPostDryRunAsync(IFormFile? upload, string? progressId) =>
        RunAsync(upload, progressId, async (file, progress) =>
        {
            DryRun = await new LedgerImporter(db).ReadAsync(file, progress, HttpContext.RequestAborted);
            DryRunFile = upload!.FileName;
            LineNames = await db.BudgetLines.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name);
            return Page();
        });

    public Task<IActionResult> OnPostImportAsync(IFormFile? upload, string? progressId) =>
        RunAsync(upload, progressId, async (file, progress) =>
        {
            var (import, _) = await new LedgerImporter(db).ImportAsync(file, upload!.FileName, progress, HttpContext.RequestAborted);
            TempData["Message"] = string.Format(LedgerText.Imported, import.FileName, import.AmountRowCount, LedgerFormat.Period(import));
            return Redirect("/Economy/Ledger");
        });

    private async Task<IActionResult> RunAsync(IFormFile? upload, string? progressId,
        Func<Stream, Action<long>?, Task<IActionResult>> run)
    {
        if (!await access.ActsForWholeOrganisationAsync())
            return Forbid();
        await LoadAsync();
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("upload", LedgerText.ErrorNoFile);
            return Page();
        }
        try
        {
            await using var file = upload.OpenReadStream();
            return await run(file, LedgerProgress.Track(progressId, upload.Length));
        }
        catch (SieFormatException e)
        {
            ModelState.AddModelError("upload", string.Format(LedgerText.ErrorInFile, upload.FileName, e.Message));
        }
        catch (LedgerImportRefusedException e)
        {
            ModelState.AddModelError("upload", e.Message);
        }
        finally
        {
            LedgerProgress.Finish(progressId);
        }
        return Page();
    }

    private async Task LoadAsync()
    {
        MayImport = await access.ActsForWholeOrganisationAsync();
        Imports = await db.LedgerImports.AsNoTracking().OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(100).ToListAsync();
    }
}
