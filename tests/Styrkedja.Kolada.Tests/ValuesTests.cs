using Styrkedja.Kolada;

namespace Styrkedja.Kolada.Tests;

public class ValuesTests
{
    [Fact]
    public async Task Rows_are_flattened_per_gender_with_nulls_kept_and_deleted_values_dropped()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => FakeKolada.Serve(context, "values.json"));

        var values = await server.Client().GetValuesAsync(["N79173", "N60404"], ["0013", "0010", "0000"], [2024, 2025]);

        Assert.Equal(["/v3/data/kpi/N79173,N60404/municipality/0013,0010,0000/year/2024,2025"], server.Requests);
        Assert.Equal(
            [
                new KoladaValue("N79173", "0013", 2025, "T", 71.4m, "", 1),
                new KoladaValue("N79173", "0013", 2025, "K", 73.05m, "", 1),
                new KoladaValue("N79173", "0013", 2025, "M", null, "", 1),
                // Blekinge's "K" value is marked isdeleted in the fixture and must not appear.
                new KoladaValue("N79173", "0010", 2025, "T", 68.2m, "B", 2),
                new KoladaValue("N79173", "0010", 2025, "M", 66.5m, "", 1),
                new KoladaValue("N60404", "0000", 2024, "T", 152.3m, "", 1),
            ],
            values);
    }

    [Fact]
    public async Task Pages_are_followed_through_next_url_until_it_is_empty()
    {
        await using var server = await FakeKolada.StartAsync((context, _) =>
            FakeKolada.Serve(context, $"values-page-{context.Request.Query["page"].FirstOrDefault() ?? "1"}.json"));

        var values = await server.Client(o => o.PerPage = 1).GetValuesAsync(["N79173"], ["0013", "0010", "0000"], [2025]);

        const string path = "/v3/data/kpi/N79173/municipality/0013,0010,0000/year/2025?per_page=1";
        Assert.Equal([path, path + "&page=2", path + "&page=3"], server.Requests);
        Assert.Equal(["0013", "0010", "0000"], values.Select(v => v.Municipality));
        Assert.Equal([71.4m, 68.2m, 70.1m], values.Select(v => v.Value));
    }

    [Fact]
    public async Task Thirty_ids_are_split_into_two_requests_and_the_results_merged()
    {
        await using var server = await FakeKolada.StartAsync((context, number) =>
            FakeKolada.Serve(context, number == 1 ? "values-halland.json" : "values-riket.json"));
        // 29 region-like ids and Riket last, so that Riket falls in the second batch.
        var ids = Enumerable.Range(1, 29).Select(i => i.ToString("0000")).Append("0000").ToList();

        var values = await server.Client().GetValuesAsync(["N60404"], ids, [2024]);

        Assert.Equal(
            [
                "/v3/data/kpi/N60404/municipality/" + string.Join(',', ids.Take(25)) + "/year/2024",
                "/v3/data/kpi/N60404/municipality/0026,0027,0028,0029,0000/year/2024",
            ],
            server.Requests);
        Assert.Equal(["0013", "0000"], values.Select(v => v.Municipality));
    }

    [Fact]
    public async Task An_empty_list_leaves_its_segment_out_but_two_are_needed()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => FakeKolada.Serve(context, "values-halland.json"));
        var client = server.Client();

        await client.GetValuesAsync(["N60404"], [], [2024]);
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetValuesAsync(["N60404"], [], []));

        Assert.Equal(["/v3/data/kpi/N60404/year/2024"], server.Requests);
    }
}
