using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Meetings;

/// <summary>Dates and times as the meeting pages show them.</summary>
public static class MeetingDisplay
{
    /// <summary>"2026-03-01", or a dash for a missing date.</summary>
    public static string Date(DateOnly? date) => date is { } d ? UnitDisplay.IsoDate(d) : "–";

    /// <summary>"09:00–11:30", "09:00", or "Heldag".</summary>
    public static string Time(Meeting meeting) => (meeting.StartTime, meeting.EndTime) switch
    {
        ({ } start, { } end) => $"{start:HH\\:mm}–{end:HH\\:mm}",
        ({ } start, null) => start.ToString("HH\\:mm"),
        _ => MeetingText.AllDay,
    };
}
