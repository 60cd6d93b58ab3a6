using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Styrkedja.Web.Tests.Features.Kolada;

/// <summary>
/// Kolada on loopback (Kestrel, a free port) answering in v3's JSON shape with made-up test figures:
/// KPI search, region names and data rows with T/K/M. <see cref="Failing"/> makes every answer a 500.
/// </summary>
public sealed class FakeKoladaServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public FakeKoladaServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            if (Failing)
                context.Response.StatusCode = 500;
            else
                await next();
        });
        _app.MapGet("/v3/kpi", (string title) => Envelope(new[]
        {
            new { id = "N79173", title = "Medicinsk bedömning inom 3 dagar i primärvård, andel (%) [testdata]", description = "Testdata.", is_divided_by_gender = true },
        }.Where(k => k.title.Contains(title, StringComparison.OrdinalIgnoreCase))));
        _app.MapGet("/v3/municipality/{ids}", (string ids) => Envelope(ids.Split(',').Select(id => new { id, title = NameOf(id), type = "L" })));
        _app.MapGet("/v3/data/kpi/{kpi}/municipality/{ids}/year/{years}", (string kpi, string ids, string years) =>
            Envelope(from id in ids.Split(',')
                     from year in years.Split(',').Select(int.Parse)
                     select new
                     {
                         kpi, municipality = id, period = year,
                         values = new[] { "T", "K", "M" }.Select(gender => new
                         {
                             gender, count = 1, status = "", value = (decimal?)FigureOf(id, year, gender), isdeleted = false,
                         }),
                     }));
    }

    public bool Failing { get; set; }

    public string BaseUrl { get; private set; } = "";

    /// <summary>A made-up but recognisable figure: 0013 in 2025, total → 70.5.</summary>
    public static decimal FigureOf(string id, int year, string gender) =>
        50 + int.Parse(id, CultureInfo.InvariantCulture) + (year - 2020) + (gender == "K" ? 1 : gender == "M" ? -1 : 0) + 0.5m;

    private static string NameOf(string id) => id switch
    {
        "0013" => "Region Halland",
        "0010" => "Region Blekinge",
        "0000" => "Riket",
        _ => "Region " + id,
    };

    private static IResult Envelope<T>(IEnumerable<T> values)
    {
        var list = values.ToList();
        return Results.Text(JsonSerializer.Serialize(new { values = list, count = list.Count, next_url = (string?)null, previous_url = (string?)null }),
            "application/json");
    }

    public async Task StartAsync()
    {
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/v3";
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
