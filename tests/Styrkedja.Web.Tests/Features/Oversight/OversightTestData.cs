using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Oversight;

/// <summary>
/// Arranges units, plans, activities and indicators of its own for the oversight and Mina uppgifter tests,
/// so that they neither depend on nor are disturbed by the demo data (which grows in parallel).
/// </summary>
internal static class OversightTestData
{
    /// <summary>Today in Swedish time by the app's own clock, as the pages compute it.</summary>
    public static DateOnly Today(this StyrkedjaFactory app) =>
        DateOnly.FromDateTime(SwedishTime.ToLocal(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));

    /// <summary>The planning year the pages show by default: this calendar year (the demo data has it).</summary>
    public static Task<PlanningYear> ThisYearAsync(this StyrkedjaFactory app, string organisation)
    {
        var year = app.Today().Year;
        return app.WithDbAsync(organisation, db => db.PlanningYears.AsNoTracking().SingleAsync(y => y.Year == year));
    }

    public static Task<OrgUnit> AddUnitAsync(this StyrkedjaFactory app, string organisation, string name, OrgUnitKind kind,
        int? parentId = null) =>
        app.WithDbAsync(organisation, async db =>
        {
            var parent = parentId is { } id ? await db.OrgUnits.SingleAsync(u => u.Id == id) : await db.OrgUnits.SingleAsync(u => u.ParentId == null);
            var unit = new OrgUnit { OrganisationId = parent.OrganisationId, Name = name, Kind = kind };
            await OrgTree.AddAsync(db, unit, parent);
            return unit;
        });

    public static Task<T> AddAsync<T>(this StyrkedjaFactory app, string organisation, T entity) where T : class =>
        app.WithDbAsync(organisation, async db =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
            return entity;
        });

    public static Task<Activity> AddActivityAsync(this StyrkedjaFactory app, string organisation, PlanningYear year, int unitId,
        string title, ActivityStatus status, DateOnly? endsOn, string? responsibleUserId = null, DateOnly? startsOn = null) =>
        app.AddAsync(organisation, new Activity
        {
            OrganisationId = year.OrganisationId, PlanningYearId = year.Id, OwnerUnitId = unitId, Title = title, Status = status,
            StartsOn = startsOn ?? endsOn?.AddMonths(-3), EndsOn = endsOn, ResponsibleUserId = responsibleUserId,
        });

    /// <summary>A plan at the unit's next free revision, so that it is the latest beside any demo plan.</summary>
    public static async Task<Plan> AddPlanAsync(this StyrkedjaFactory app, string organisation, PlanningYear year, int unitId,
        PlanState state, PlanKind kind = PlanKind.Committee)
    {
        var revision = 1 + await app.WithDbAsync(organisation, db => db.Plans
            .Where(p => p.OrgUnitId == unitId && p.PlanningYearId == year.Id).MaxAsync(p => (int?)p.Revision)) ?? 1;
        return await app.AddAsync(organisation, new Plan
        {
            OrganisationId = year.OrganisationId, PlanningYearId = year.Id, OrgUnitId = unitId, Revision = revision,
            Kind = kind, State = state, Title = $"Verksamhetsplan {year.Year} (version {revision})",
        });
    }

    /// <summary>Changes one stored row, through the change tracker so that it is audited like any change.</summary>
    public static Task UpdateAsync<T>(this StyrkedjaFactory app, string organisation, int id, Action<T> change) where T : class =>
        app.WithDbAsync(organisation, async db =>
        {
            change((await db.Set<T>().FindAsync(id))!);
            return await db.SaveChangesAsync();
        });

    public static Task<string> UserIdAsync(this StyrkedjaFactory app, string email) =>
        app.WithDbAsync(email.EndsWith("halland.demo") ? DemoUsers.Halland : DemoUsers.Blekinge,
            db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>A request without a session is redirected to the login page.</summary>
    public static async Task AssertSendsAnonymousToLoginAsync(this StyrkedjaFactory app, string url)
    {
        using var anonymous = app.CreateAppClient();
        var response = await anonymous.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    public static List<string> Links(this IHtmlDocument page, string scope) =>
        page.QuerySelectorAll($"{scope} a").Select(a => a.GetAttribute("href")!).ToList();
}
