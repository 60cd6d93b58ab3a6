using System.Diagnostics;

namespace Styrkedja.Kolada.Tests;

public class ThrottleTests
{
    [Fact]
    public async Task Twelve_concurrent_requests_at_five_a_second_take_at_least_two_seconds()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => FakeKolada.Serve(context, "kpi-search.json"));
        var client = server.Client(o => o.MaxRequestsPerSecond = 5);
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.SearchKpisAsync("primärvård")));

        Assert.Equal(12, server.Requests.Count);
        // 12 requests spaced 200 ms apart span 11 intervals (2.2 s); only a lower bound is asserted,
        // since a slow machine may take longer for reasons that have nothing to do with the throttle.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(2), $"12 requests took only {watch.Elapsed}");
    }
}
