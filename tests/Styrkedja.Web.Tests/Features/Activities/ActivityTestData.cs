using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Activities;

/// <summary>Arranges activities of the current planning year and looks up demo rows by name, never by id.</summary>
internal static class ActivityTestData
{
    public const string Hsn = "Hälso- och sjukvårdsnämnden";
    public const string Run = "Regionala utvecklingsnämnden";

    /// <summary>Today in Sweden, as the app decides overdue; the demo's current planning year is its year.</summary>
    public static DateOnly Today => SwedishTime.Today(TimeProvider.System);

    public static int Year => Today.Year;

    public static Task<Activity> AddActivityAsync(this StyrkedjaFactory app, string organisation, string unitName, string title,
        Action<Activity>? configure = null) =>
        app.WithDbAsync(organisation, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == unitName);
            var year = await db.PlanningYears.SingleAsync(y => y.Year == Year);
            var activity = new Activity
            {
                OrganisationId = unit.OrganisationId, OwnerUnitId = unit.Id, PlanningYearId = year.Id, Title = title,
            };
            configure?.Invoke(activity);
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
            return activity;
        });

    public static Task<Activity?> ActivityAsync(this StyrkedjaFactory app, string organisation, int id) =>
        app.WithDbAsync(organisation, db => db.Activities.AsNoTracking()
            .Include(a => a.Goals).Include(a => a.Indicators).Include(a => a.Comments)
            .SingleOrDefaultAsync(a => a.Id == id));

    public static Task<int> ActivityCountAsync(this StyrkedjaFactory app, string organisation) =>
        app.WithDbAsync(organisation, db => db.Activities.CountAsync());

    /// <summary>AppUser is not tenant-filtered, so any organisation's context finds any user.</summary>
    public static Task<string> UserIdAsync(this StyrkedjaFactory app, string email) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<int> GoalIdAsync(this StyrkedjaFactory app, string organisation, string title, int? year = null) =>
        app.WithDbAsync(organisation, db => db.Goals
            .Where(g => g.Title == title && g.PlanningYear!.Year == (year ?? Year)).Select(g => g.Id).SingleAsync());

    public static Task<int> IndicatorIdAsync(this StyrkedjaFactory app, string organisation, string name) =>
        app.WithDbAsync(organisation, db => db.Indicators.Where(i => i.Name == name).Select(i => i.Id).SingleAsync());

    public static Task<List<AuditEntry>> AuditOfAsync(this StyrkedjaFactory app, string organisation, int activityId) =>
        app.WithDbAsync(organisation, db => db.AuditEntries
            .Where(a => a.SubjectType == "Activity" && a.SubjectId == activityId.ToString()).ToListAsync());
}
