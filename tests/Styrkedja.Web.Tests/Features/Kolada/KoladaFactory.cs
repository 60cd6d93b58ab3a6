using Microsoft.AspNetCore.Hosting;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Kolada;

/// <summary>The app pointed at a <see cref="FakeKoladaServer"/>, with tiny retry waits.</summary>
public sealed class KoladaFactory : StyrkedjaFactory, IAsyncLifetime
{
    public FakeKoladaServer Kolada { get; } = new();

    public Task InitializeAsync() => Kolada.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Kolada:BaseUrl", Kolada.BaseUrl);
        builder.UseSetting("Kolada:MaxRequestsPerSecond", "100");
        builder.UseSetting("Kolada:RetryDelays:0", "00:00:00.010");
    }

    async Task IAsyncLifetime.DisposeAsync() => await Kolada.DisposeAsync();
}
