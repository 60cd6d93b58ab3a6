namespace Styrkedja.Web.Infrastructure.Text;

/// <summary>Times are stored in UTC and shown in Swedish local time, in sv-SE format.</summary>
public static class SwedishTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>Today's date in Sweden by the given clock: it decides what is overdue and what is due.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    /// <summary>Midnight of a Swedish calendar day, in UTC (for filtering stored times by day).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);

    /// <summary>"2026-11-25 14:32"</summary>
    public static string DateAndTime(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd HH:mm");

    /// <summary>"14:32", or "2026-11-24 14:32" when not today.</summary>
    public static string Clock(DateTime utc, DateTime nowUtc)
    {
        var local = ToLocal(utc);
        return local.Date == ToLocal(nowUtc).Date ? local.ToString("HH:mm") : local.ToString("yyyy-MM-dd HH:mm");
    }
}
