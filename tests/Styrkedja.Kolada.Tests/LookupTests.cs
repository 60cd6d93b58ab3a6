using Microsoft.AspNetCore.Http;
using Styrkedja.Kolada;

namespace Styrkedja.Kolada.Tests;

public class LookupTests
{
    [Fact]
    public async Task Search_sends_the_title_and_reads_every_kpi_field()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => FakeKolada.Serve(context, "kpi-search.json"));

        var kpis = await server.Client().SearchKpisAsync("primärvård");

        Assert.Equal(["/v3/kpi?title=prim%C3%A4rv%C3%A5rd"], server.Requests); // escaped UTF-8 on the wire
        Assert.Equal(["N79173", "N79179"], kpis.Select(k => k.Id));
        var first = kpis[0];
        Assert.Equal("Medicinsk bedömning inom 3 dagar i primärvården, andel (%)", first.Title);
        Assert.True(first.IsDividedByGender);
        Assert.Equal("L", first.MunicipalityType);
        Assert.Equal("Hälso- och sjukvård", first.OperatingArea);
        Assert.Equal("Kvalitet", first.Perspective);
        Assert.Equal("2025-03-01", first.PublicationDate);
        Assert.False(first.HasOuData);
        Assert.Null(kpis[1].Description);
        Assert.True(kpis[1].HasOuData);
    }

    [Fact]
    public async Task Kpis_by_id_are_asked_for_in_one_comma_separated_segment()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => FakeKolada.Serve(context, "kpi-search.json"));

        var kpis = await server.Client().GetKpisAsync(["N79173", "N79179", "N79173"]);

        Assert.Equal(["/v3/kpi/N79173,N79179"], server.Requests);
        Assert.Equal(2, kpis.Count);
    }

    [Fact]
    public async Task Municipalities_are_filtered_by_title_and_region_type()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => FakeKolada.Serve(context, "municipalities.json"));

        var regions = await server.Client().GetMunicipalitiesAsync("Region", "L");

        Assert.Equal(["/v3/municipality?title=Region&region_type=L"], server.Requests);
        Assert.Equal(
            [new KoladaMunicipality("0010", "Region Blekinge", "L"), new KoladaMunicipality("0013", "Region Halland", "L")],
            regions);
    }

    [Fact]
    public async Task Municipalities_by_id_and_unfiltered_use_their_own_paths()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => FakeKolada.Serve(context, "municipalities.json"));
        var client = server.Client();

        await client.GetMunicipalitiesByIdAsync(["0013", "0010"]);
        await client.GetMunicipalitiesAsync();

        Assert.Equal(["/v3/municipality/0013,0010", "/v3/municipality"], server.Requests);
    }

    [Fact]
    public async Task A_kpi_with_only_id_and_title_is_read_and_one_without_title_is_refused()
    {
        await using var server = await FakeKolada.StartAsync((context, number) => context.Response.WriteAsync(number == 1
            ? """{"values": [{"id": "N60404", "title": "Resor med kollektivtrafik, resor/inv"}]}"""
            : """{"values": [{"id": "N60404"}], "count": 1, "next_url": null, "previous_url": null}"""));
        var client = server.Client();

        var kpis = await client.GetKpisAsync(["N60404"]);
        var error = await Assert.ThrowsAsync<KoladaException>(() => client.GetKpisAsync(["N60404"]));

        Assert.Equal([new KoladaKpi("N60404", "Resor med kollektivtrafik, resor/inv")], kpis);
        Assert.StartsWith("Kolada gav ett svar som inte kunde läsas: ", error.Message);
    }

    [Fact]
    public async Task An_unknown_municipality_type_is_refused_before_any_request()
    {
        await using var server = await FakeKolada.StartAsync((context, _) => FakeKolada.Serve(context, "municipalities.json"));

        await Assert.ThrowsAsync<ArgumentException>(() => server.Client().GetMunicipalitiesAsync(type: "X"));
        Assert.Empty(server.Requests);
    }
}
