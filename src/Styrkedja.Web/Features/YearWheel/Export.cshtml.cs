using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Documents;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>
/// /YearWheel/Export?year=&amp;format=docx|pdf: the wheel and the list as Word or PDF. The wheel's SVG becomes a
/// PNG through LibreOffice; without it the Word file carries the list and says that the picture is missing.
/// </summary>
public class ExportModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock, CurrentUser user, PdfConverter pdf,
    ILogger<ExportModel> logger) : DocumentExportModel(pdf, logger)
{
    /// <summary>Pixels of the picture's height: sharp on an A4 page.</summary>
    private const int PicturePixels = 1600;

    public async Task<IActionResult> OnGetAsync(int? year, string? format = "docx")
    {
        if (!IsKnownFormat(format))
            return BadRequest();
        if (!await YearWheelAccess.MayReadAsync(access))
            return Forbid();
        var years = await db.PlanningYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        if (PlanningYearChoice.Pick(years, year, clock) is not { } planningYear)
            return NotFound();
        var entries = await YearWheelCalendar.LoadAsync(db, planningYear, SwedishTime.Today(clock), mayEdit: false);
        var picture = await PictureAsync(WheelPicture.Draw(planningYear.Year, entries, PicturePixels));
        var docx = YearWheelDocument.Build(planningYear.Year, user.OrganisationName, entries, picture);
        return await DocumentAsync(format!, docx, YearWheelDocument.FileName(planningYear.Year, user.OrganisationName),
            $"/YearWheel?year={planningYear.Year}", YearWheelText.BackToWheel);
    }

    private async Task<byte[]?> PictureAsync(string svg)
    {
        try
        {
            return await Converter.PngFromSvgAsync(svg, HttpContext.RequestAborted);
        }
        catch (PdfConversionException e)
        {
            logger.LogWarning(e, "The year wheel's picture could not be made; the document carries the list only");
            return null;
        }
    }
}
