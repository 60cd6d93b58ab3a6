using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Infrastructure.Text;

namespace Styrkedja.Web.Features.Activities;

/// <summary>Dates as the activity pages show and compare them.</summary>
public static class ActivityDates
{
    /// <summary>"2026-03-01", or a dash for a missing date.</summary>
    public static string Show(DateOnly? date) => date is { } d ? UnitDisplay.IsoDate(d) : "–";
}
