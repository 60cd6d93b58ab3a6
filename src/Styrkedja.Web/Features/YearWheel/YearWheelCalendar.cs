using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.GovernanceModel;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>A calendar item as the wheel, the list, the print and the Word file show it: its state and where what it produces is.</summary>
public sealed record WheelEntry(YearWheelItem Item, YearWheelState State, string? Url, string? LinkText)
{
    public string DateText => Item.Date.ToString("d MMMM", Infrastructure.ServiceRegistration.Swedish);
    public string IsoDate => Item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string Anchor => $"item-{Item.Id}";
}

/// <summary>Loads a year's calendar in date order and resolves each item's link (report round, plan, meeting).</summary>
public static class YearWheelCalendar
{
    public static async Task<List<WheelEntry>> LoadAsync(StyrkedjaDbContext db, PlanningYear year, DateOnly today, bool mayEdit)
    {
        var items = await db.YearWheelItems.AsNoTracking().Where(i => i.PlanningYearId == year.Id).ToListAsync();
        var entries = new List<WheelEntry>();
        foreach (var item in items.OrderBy(i => i.Date).ThenBy(i => i.Body).ThenBy(i => i.Name, StringComparer.Ordinal))
        {
            var (url, text) = await LinkAsync(db, item, mayEdit);
            entries.Add(new WheelEntry(item, item.StateOn(today), url, text));
        }
        return entries;
    }

    private static async Task<(string? Url, string? Text)> LinkAsync(StyrkedjaDbContext db, YearWheelItem item, bool mayEdit)
    {
        var year = item.Date.Year;
        switch (item.Produces)
        {
            case ProcessOutput.ReportRound:
                if (await YearWheelRules.RoundForAsync(db, item) is { } round)
                {
                    var type = await db.ReportTypes.AsNoTracking().Where(t => t.Id == round.ReportTypeId).Select(t => t.Name).SingleAsync();
                    return ($"/Reports/Rounds/Details/{round.Id}",
                        string.Format(YearWheelText.RoundLink, type, ModelMonths.Name(round.Month), round.PlanningYear!.Year));
                }
                return ($"/Reports?year={year}", string.Format(YearWheelText.RoundsOfYear, year));
            case ProcessOutput.Plan:
                var planYear = PlanYear(item);
                return ($"/Plans?year={planYear}", string.Format(YearWheelText.PlansOfYear, planYear));
            case ProcessOutput.BudgetDecision:
                // Fullmäktige decides next year's budget (and tax rate) during the year.
                return ($"/Economy/Budget?year={year + 1}", string.Format(YearWheelText.BudgetOfYear, year + 1));
            case ProcessOutput.Meeting when item.MeetingId is { } meeting:
                return ($"/Meetings/Details/{meeting}", YearWheelText.OpenMeeting);
            case ProcessOutput.Meeting when mayEdit:
                return ($"/Meetings/Create?item={item.Id}", YearWheelText.PlanMeeting);
            default:
                return (null, null);
        }
    }

    /// <summary>
    /// The year of the plan a plan step decides: fullmäktige, the board and the committees decide next year's
    /// plans during the year; the administrations write this year's handlingsplaner.
    /// </summary>
    public static int PlanYear(YearWheelItem item) =>
        item.Body is ProcessBody.Administration or ProcessBody.RegionalStaff ? item.Date.Year : item.Date.Year + 1;
}
