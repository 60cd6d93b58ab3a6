using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.YearWheel;

/// <summary>Arranging year wheel items: next planning year exists in the demo and has no calendar of its own.</summary>
internal static class WheelTestData
{
    public static int NextYear => DateTime.Today.Year + 1;

    public static Task<YearWheelItem> AddItemAsync(StyrkedjaFactory app, string organisation, string name, DateOnly date,
        ProcessBody body = ProcessBody.Board, DateOnly? doneOn = null) =>
        app.WithDbAsync(organisation, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == date.Year);
            var item = new YearWheelItem
            {
                OrganisationId = year.OrganisationId, PlanningYearId = year.Id, Name = name, Date = date, Body = body, DoneOn = doneOn,
            };
            db.YearWheelItems.Add(item);
            await db.SaveChangesAsync();
            return item;
        });

    public static Task<YearWheelItem?> ItemAsync(StyrkedjaFactory app, string organisation, int id) =>
        app.WithDbAsync(organisation, db => db.YearWheelItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id));
}
