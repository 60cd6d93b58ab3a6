using Microsoft.EntityFrameworkCore;
using Styrkedja.Kolada;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Resources;
using StoredKoladaValue = Styrkedja.Web.Domain.KoladaValue;

namespace Styrkedja.Web.Features.Kolada;

/// <summary>
/// Fetches a bound indicator's KPI from Kolada for the organisation and its peers and stores it: the
/// comparison figures in <see cref="StoredKoladaValue"/>, and the organisation's own yearly figures as the
/// indicator's values of its owner unit. Everything is fetched before anything is written, so a network
/// error, an HTTP error or a timeout changes nothing.
/// </summary>
public sealed class KoladaImport(StyrkedjaDbContext db, KoladaClient client, ValueWriter writer, TimeProvider clock)
{
    public sealed record Result(string? Error, int Stored, int OwnValues);

    public async Task<Result> FetchAsync(Indicator indicator, Domain.Organisation organisation, IReadOnlyList<int> years)
    {
        if (string.IsNullOrEmpty(indicator.KoladaKpiId))
            return new Result(string.Format(KoladaText.ErrorNotBound, indicator.Name), 0, 0);
        if (string.IsNullOrEmpty(organisation.KoladaId))
            return new Result(KoladaText.ErrorNoKoladaId, 0, 0);
        var ids = KoladaSettings.Ids(organisation).ToList();

        IReadOnlyList<Styrkedja.Kolada.KoladaValue> rows;
        IReadOnlyList<KoladaMunicipality> names;
        try
        {
            rows = await client.GetValuesAsync([indicator.KoladaKpiId], ids, years);
            names = await client.GetMunicipalitiesByIdAsync(ids);
        }
        catch (KoladaException e)
        {
            return new Result(e.Message, 0, 0);
        }

        var kpi = indicator.KoladaKpiId;
        var old = await db.KoladaValues.Where(v => v.KpiId == kpi && ids.Contains(v.MunicipalityId) && years.Contains(v.Year)).ToListAsync();
        db.KoladaValues.RemoveRange(old);
        var now = clock.GetUtcNow().UtcDateTime;
        var nameOf = names.ToDictionary(n => n.Id, n => n.Title);
        var stored = rows.Where(r => GenderCodes.Parse(r.Gender) is not null).Select(r => new StoredKoladaValue
        {
            OrganisationId = organisation.Id, KpiId = kpi, MunicipalityId = r.Municipality,
            MunicipalityName = nameOf.GetValueOrDefault(r.Municipality, r.Municipality), Year = r.Period,
            Gender = GenderCodes.Parse(r.Gender)!.Value, Value = r.Value, FetchedAt = now,
        }).ToList();
        db.KoladaValues.AddRange(stored);

        var own = OwnValues(indicator, organisation, stored);
        if (own.Count == 0)
        {
            await db.SaveChangesAsync();
            return new Result(null, stored.Count, 0);
        }
        // The writer saves the comparison rows above in the same save: all or nothing.
        var written = await writer.WriteAsync(own, IndicatorSource.Kolada, checkUserAccess: false);
        if (written.Succeeded)
            return new Result(null, stored.Count, own.Count);
        db.ChangeTracker.Clear();
        return new Result(string.Join(" ", written.Errors.Select(e => e.Message)), 0, 0);
    }

    /// <summary>
    /// Kolada has yearly figures for the whole region, so they become the values of a yearly indicator's
    /// owner unit (when it reports the indicator); other indicators keep Kolada figures for comparison only.
    /// </summary>
    private static List<ValueWrite> OwnValues(Indicator indicator, Domain.Organisation organisation, List<StoredKoladaValue> stored)
    {
        if (indicator.Periodicity != Periodicity.Year || indicator.Adoptions.All(a => a.OrgUnitId != indicator.OwnerUnitId))
            return [];
        return stored.Where(v => v.MunicipalityId == organisation.KoladaId && v.Value is not null
                                 && (indicator.ByGender || v.Gender == Gender.Total))
            .Select(v => new ValueWrite(indicator.Id, indicator.OwnerUnitId, v.Year, 1, v.Gender,
                decimal.Round(v.Value!.Value, indicator.Decimals), KoladaText.SourceComment))
            .ToList();
    }
}
