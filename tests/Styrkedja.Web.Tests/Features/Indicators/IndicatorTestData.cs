using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Indicators;

/// <summary>Looks up demo indicators by name, so tests do not depend on generated ids.</summary>
internal static class IndicatorTestData
{
    public const string PostForm = "main form[method=post]";

    public static Task<Indicator> IndicatorAsync(this StyrkedjaFactory app, string organisation, string name) =>
        app.WithDbAsync(organisation, db => db.Indicators.AsNoTracking().Include(i => i.Adoptions).SingleAsync(i => i.Name == name));

    public static Task<int> IndicatorCountAsync(this StyrkedjaFactory app, string organisation) =>
        app.WithDbAsync(organisation, db => db.Indicators.CountAsync());

    public static Task<List<TargetValue>> TargetsAsync(this StyrkedjaFactory app, string organisation, int indicatorId, int year) =>
        app.WithDbAsync(organisation, db => db.TargetValues.AsNoTracking().Where(t => t.IndicatorId == indicatorId && t.Year == year).ToListAsync());
}
