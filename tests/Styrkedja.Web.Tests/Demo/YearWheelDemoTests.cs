using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Demo;

/// <summary>
/// The demo's year: this year's calendar generated from the template, a late step to notice, and meetings
/// both behind (with minutes and actions) and ahead (with what to bring).
/// </summary>
public class YearWheelDemoTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly int ThisYear = DateTime.Now.Year;

    [Theory]
    [InlineData(DemoUsers.Halland)]
    [InlineData(DemoUsers.Blekinge)]
    public async Task This_years_calendar_has_one_item_per_template_step_and_month_and_meetings_behind_and_ahead(string organisation)
    {
        var steps = await app.WithDbAsync(organisation, db => db.ProcessSteps.ToListAsync());
        var items = await app.WithDbAsync(organisation, db => db.YearWheelItems
            .Where(i => i.PlanningYear!.Year == ThisYear && i.ProcessStepId != null).ToListAsync());
        var meetings = await app.WithDbAsync(organisation, db => db.Meetings
            .Include(m => m.Participants).Include(m => m.Actions).ToListAsync());
        var today = DateOnly.FromDateTime(DateTime.Now);

        Assert.Equal(steps.Sum(s => s.MonthList.Count), items.Count);
        Assert.All(items, i => Assert.Contains(i.Date.Month, steps.Single(s => s.Id == i.ProcessStepId).MonthList));
        Assert.All(items.Where(i => i.Date >= today), i => Assert.Null(i.DoneOn));
        if (items.Any(i => i.Date < today))
            Assert.Single(items, i => i.StateOn(today) == YearWheelState.Late);

        Assert.All(meetings, m =>
        {
            Assert.False(string.IsNullOrEmpty(m.Purpose));
            Assert.False(string.IsNullOrEmpty(m.Goal));
            Assert.False(string.IsNullOrEmpty(m.ExpectedResult));
            Assert.NotEmpty(m.Participants);
        });
        Assert.All(meetings.Where(m => m.Date < today), m =>
        {
            Assert.False(string.IsNullOrEmpty(m.Minutes));
            Assert.NotEmpty(m.Actions);
        });
        Assert.Contains(meetings, m => m.Date > today && !string.IsNullOrEmpty(m.InformationRequest));
        // Every meeting step's item is linked to its meeting.
        Assert.All(items.Where(i => i.Produces == ProcessOutput.Meeting), i => Assert.NotNull(i.MeetingId));
    }
}
