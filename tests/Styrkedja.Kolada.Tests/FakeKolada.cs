using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Styrkedja.Kolada;

namespace Styrkedja.Kolada.Tests;

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, a free port) standing in for Kolada: every request goes
/// to the test's handler with its number (1, 2, …) and is recorded, so tests can assert what the
/// client actually sent over the wire.
/// </summary>
internal sealed class FakeKolada : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly List<HttpClient> _clients = [];
    private int _count;

    private FakeKolada(Func<HttpContext, int, Task> handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(context =>
        {
            _requests.Enqueue(context.Request.Path.Value + context.Request.QueryString.Value);
            return handle(context, Interlocked.Increment(ref _count));
        });
    }

    /// <summary>Where the client is pointed: the server's root plus /v3, like the real API.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Path and query of each request in arrival order, e.g. "/v3/kpi?title=…".</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<FakeKolada> StartAsync(Func<HttpContext, int, Task> handle)
    {
        var server = new FakeKolada(handle);
        await server._app.StartAsync();
        // Port 0 lets the OS pick a free port; Kestrel reports the one it bound.
        var address = server._app.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = address.TrimEnd('/') + "/v3";
        return server;
    }

    /// <summary>A client aimed at this server; fast settings unless the test changes them.</summary>
    public KoladaClient Client(Action<KoladaOptions>? configure = null)
    {
        var options = new KoladaOptions
        {
            BaseUrl = BaseUrl,
            MaxRequestsPerSecond = 100,
            Timeout = TimeSpan.FromSeconds(10),
            RetryDelays = [TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10)],
            MaxRetryAfter = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        var http = new HttpClient();
        _clients.Add(http);
        return new KoladaClient(http, options);
    }

    /// <summary>
    /// Answers with a file from Fixtures/. "{base}" in it becomes this server's base URL, so that
    /// next_url links are absolute like Kolada's and lead back here.
    /// </summary>
    public static async Task Serve(HttpContext context, string fixture)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}/v3";
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(text.Replace("{base}", baseUrl));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
