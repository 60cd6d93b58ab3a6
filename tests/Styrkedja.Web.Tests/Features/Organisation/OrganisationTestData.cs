using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Organisation;

/// <summary>Looks up and arranges units by name, so tests never depend on generated ids.</summary>
internal static class OrganisationTestData
{
    public const string Hsn = "Hälso- och sjukvårdsnämnden";
    public const string Run = "Regionala utvecklingsnämnden";

    public static Task<OrgUnit> UnitAsync(this StyrkedjaFactory app, string organisation, string name) =>
        app.WithDbAsync(organisation, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Name == name));

    public static Task<OrgUnit> UnitAsync(this StyrkedjaFactory app, string organisation, int id) =>
        app.WithDbAsync(organisation, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == id));

    public static Task<BasicMission?> MissionAsync(this StyrkedjaFactory app, string organisation, int unitId) =>
        app.WithDbAsync(organisation, db => db.BasicMissions.AsNoTracking().SingleOrDefaultAsync(m => m.OrgUnitId == unitId));

    /// <summary>Arranges a unit straight in the database, through the same path logic the pages use.</summary>
    public static Task<OrgUnit> AddUnitAsync(this StyrkedjaFactory app, string organisation, int parentId, string name,
        OrgUnitKind kind = OrgUnitKind.Verksamhet) =>
        app.WithDbAsync(organisation, async db =>
        {
            var parent = await db.OrgUnits.SingleAsync(u => u.Id == parentId);
            var unit = new OrgUnit { OrganisationId = parent.OrganisationId, Name = name, Kind = kind };
            await OrgTree.AddAsync(db, unit, parent);
            return unit;
        });

    public static Task<List<AuditEntry>> UnitHistoryAsync(this StyrkedjaFactory app, string organisation, int unitId) =>
        app.WithDbAsync(organisation, db => db.AuditEntries
            .Where(a => a.SubjectType == "OrgUnit" && a.SubjectId == unitId.ToString()).ToListAsync());

    /// <summary>
    /// A post that did not come from the page's form: a valid token of the same user taken from a page
    /// everyone may open (the login form), fields of the test's choosing.
    /// </summary>
    public static async Task<HttpResponseMessage> CraftedPostAsync(this AppClient client, string url,
        Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/Account/Login");
        return await client.PostAsync(url, fields);
    }

    /// <summary>The values of a form read earlier, with one field replaced (for two users saving one form).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> form, string name, string value) =>
        [.. form.Where(v => v.Key != name), new(name, value)];
}
