using Styrkedja.Kolada;

namespace Styrkedja.Web.Features.Kolada;

public static class KoladaSetup
{
    /// <summary>
    /// One Kolada client for the app, so that its throttle (≤ 5 requests/s) covers every request, with
    /// the options of the "Kolada" configuration section.
    /// </summary>
    public static IServiceCollection AddKolada(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection("Kolada");
        var options = section.Get<KoladaOptions>() ?? new KoladaOptions();
        // The binder adds configured list items to the defaults; configured waits must replace them.
        if (section.GetSection(nameof(KoladaOptions.RetryDelays)).Get<TimeSpan[]>() is { Length: > 0 } delays)
            options.RetryDelays = delays;
        services.AddSingleton(new KoladaClient(new HttpClient(), options));
        services.AddScoped<KoladaImport>();
        return services;
    }
}
