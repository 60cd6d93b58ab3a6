using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Styrkedja.Kolada;

namespace Styrkedja.Kolada.Tests;

public class FailureTests
{
    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Http_429_is_retried_after_the_servers_retry_after()
    {
        await using var server = await FakeKolada.StartAsync((context, number) =>
        {
            if (number > 1) return FakeKolada.Serve(context, "kpi-search.json");
            context.Response.Headers.RetryAfter = "1";
            return Status(context, 429);
        });
        var watch = Stopwatch.StartNew();

        var kpis = await server.Client().SearchKpisAsync("primärvård");

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(2, kpis.Count);
        // Our own retry delays are 10 ms here, so only Retry-After: 1 can explain a wait this long.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {watch.Elapsed}");
    }

    [Fact]
    public async Task Http_500_that_persists_throws_a_swedish_message_after_the_retries()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => Status(context, 500));

        var error = await Assert.ThrowsAsync<KoladaException>(() => server.Client().SearchKpisAsync("primärvård"));

        Assert.Equal(4, server.Requests.Count); // the first try and three retries
        Assert.Equal("Kolada svarade 500 Internal Server Error för /kpi?title=primärvård (efter 4 försök)", error.Message);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Http_404_throws_at_once_without_retrying()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => Status(context, 404));

        var error = await Assert.ThrowsAsync<KoladaException>(() =>
            server.Client().GetValuesAsync(["N79173"], ["0013"], [2025]));

        Assert.Single(server.Requests);
        Assert.Equal("Kolada svarade 404 Not Found för /data/kpi/N79173/municipality/0013/year/2025", error.Message);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task A_failing_last_page_throws_instead_of_returning_the_first_pages()
    {
        await using var server = await FakeKolada.StartAsync((context, _) =>
            context.Request.Query["page"] == "3"
                ? Status(context, 503)
                : FakeKolada.Serve(context, $"values-page-{context.Request.Query["page"].FirstOrDefault() ?? "1"}.json"));

        var error = await Assert.ThrowsAsync<KoladaException>(() =>
            server.Client(o => o.PerPage = 1).GetValuesAsync(["N79173"], ["0013", "0010", "0000"], [2025]));

        Assert.Contains("503", error.Message);
        Assert.Contains("page=3", error.Message);
        Assert.Equal(2 + 4, server.Requests.Count); // two good pages, then page 3 tried four times
    }

    [Fact]
    public async Task A_server_slower_than_the_timeout_throws_without_retrying()
    {
        await using var server = await FakeKolada.StartAsync(async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            await FakeKolada.Serve(context, "kpi-search.json");
        });

        var error = await Assert.ThrowsAsync<KoladaException>(() =>
            server.Client(o => o.Timeout = TimeSpan.FromMilliseconds(300)).SearchKpisAsync("primärvård"));

        Assert.Equal("Kolada svarade inte inom 0,3 sekunder (/kpi?title=primärvård).", error.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Malformed_json_throws_with_the_parser_error_inside()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => FakeKolada.Serve(context, "malformed.json"));

        var error = await Assert.ThrowsAsync<KoladaException>(() => server.Client().SearchKpisAsync("primärvård"));

        Assert.StartsWith("Kolada gav ett svar som inte kunde läsas: ", error.Message);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task An_answer_without_values_is_unreadable_not_empty()
    {
        await using var server = await FakeKolada.StartAsync((context, _) =>
            context.Response.WriteAsync("""{"count": 0, "next_url": null}"""));

        var error = await Assert.ThrowsAsync<KoladaException>(() => server.Client().SearchKpisAsync("primärvård"));

        Assert.StartsWith("Kolada gav ett svar som inte kunde läsas: ", error.Message);
    }

    [Fact]
    public async Task A_closed_port_throws_could_not_be_reached()
    {
        // Bind a free port and let it go again: nothing listens there afterwards.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var http = new HttpClient();
        var client = new KoladaClient(http, new KoladaOptions { BaseUrl = $"http://127.0.0.1:{port}/v3" });

        var error = await Assert.ThrowsAsync<KoladaException>(() => client.SearchKpisAsync("primärvård"));

        Assert.StartsWith("Kolada kunde inte nås: ", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }
}
