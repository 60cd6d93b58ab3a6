using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.ApiKeys;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Api;

/// <summary>Arranging for the exchange tests (API, keys, Excel): demo data has no indicators of its own yet.</summary>
public static class ExchangeTestData
{
    /// <summary>A percentage with one decimal reported by the named units, created fresh (unique name per test).</summary>
    public static Task<int> IndicatorAsync(this StyrkedjaFactory app, string organisation, string name,
        Periodicity periodicity, bool byGender, params string[] reportingUnits) =>
        app.WithDbAsync(organisation, async db =>
        {
            var units = await db.OrgUnits.Where(u => reportingUnits.Contains(u.Name)).ToListAsync();
            var indicator = new Indicator
            {
                OrganisationId = db.OrganisationId!.Value, Name = name, MeasureUnit = "%", Decimals = 1,
                Periodicity = periodicity, ByGender = byGender, OwnerUnitId = units[0].Id,
            };
            foreach (var unit in units)
                indicator.Adoptions.Add(new IndicatorAdoption { OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id });
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            return indicator.Id;
        });

    /// <summary>Issues a key directly in the database and returns the secret.</summary>
    public static Task<string> ApiKeyAsync(this StyrkedjaFactory app, string organisation, string name, bool revoked = false) =>
        app.WithDbAsync(organisation, async db =>
        {
            var issued = ApiKeySecret.Issue();
            db.ApiKeys.Add(new ApiKey
            {
                OrganisationId = db.OrganisationId!.Value, Name = name, Prefix = issued.Prefix, KeyHash = issued.Hash,
                RevokedAt = revoked ? DateTime.UtcNow : null,
            });
            await db.SaveChangesAsync();
            return issued.Key;
        });

    /// <summary>Stores a value and the organisation's target for its year directly, as history to export or pre-fill.</summary>
    public static Task<int> ValueWithTargetAsync(this StyrkedjaFactory app, string organisation, int indicator, int unit,
        int year, int period, Gender gender, decimal value, string comment, decimal target) =>
        app.WithDbAsync(organisation, async db =>
        {
            db.IndicatorValues.Add(new IndicatorValue
            {
                OrganisationId = db.OrganisationId!.Value, IndicatorId = indicator, OrgUnitId = unit, Year = year, Period = period,
                Gender = gender, Value = value, Comment = comment,
            });
            db.TargetValues.Add(new TargetValue { OrganisationId = db.OrganisationId!.Value, IndicatorId = indicator, Year = year, Value = target });
            return await db.SaveChangesAsync();
        });

    public static Task<List<IndicatorValue>> ValuesAsync(this StyrkedjaFactory app, string organisation, int indicator) =>
        app.WithDbAsync(organisation, db => db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicator)
            .OrderBy(v => v.Period).ThenBy(v => v.Gender).ToListAsync());
}
