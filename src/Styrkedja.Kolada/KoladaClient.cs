using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Styrkedja.Kolada;

/// <summary>
/// Reads key figures, municipalities/regions and values from Kolada's API v3. Each call returns the
/// whole answer (all batches, all pages) or throws <see cref="KoladaException"/>: never a part of it,
/// because a silently shortened series would look like real data. Safe for concurrent use; keep one
/// instance per application so that its throttle covers all requests.
/// </summary>
public sealed class KoladaClient
{
    // Kolada rejects more ids than this in one path segment, so longer lists are split.
    private const int MaxIdsPerSegment = 25;

    private readonly HttpClient _http;
    private readonly KoladaOptions _options;
    private readonly string _baseUrl;
    private readonly RequestThrottle _throttle;

    public KoladaClient(HttpClient http, KoladaOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _options = options;
        _baseUrl = new Uri(options.BaseUrl).AbsoluteUri.TrimEnd('/');
        _throttle = new RequestThrottle(options.MaxRequestsPerSecond);
    }

    /// <summary>Key figures whose title contains <paramref name="title"/>.</summary>
    public Task<IReadOnlyList<KoladaKpi>> SearchKpisAsync(string title, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return GetAllPagesAsync<KoladaKpi>("/kpi?title=" + Uri.EscapeDataString(title), cancellationToken);
    }

    /// <summary>Key figures by id (e.g. "N79173"); unknown ids are simply missing from the answer.</summary>
    public Task<IReadOnlyList<KoladaKpi>> GetKpisAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        GetByIdsAsync<KoladaKpi>("/kpi/", ids, cancellationToken);

    /// <summary>Municipalities and regions, optionally by title and by type ("K" kommun, "L" region).</summary>
    public Task<IReadOnlyList<KoladaMunicipality>> GetMunicipalitiesAsync(
        string? title = null, string? type = null, CancellationToken cancellationToken = default)
    {
        if (type is not (null or "K" or "L"))
            throw new ArgumentException($"Typen ska vara \"K\" (kommun) eller \"L\" (region), inte \"{type}\".", nameof(type));
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(title)) query.Add("title=" + Uri.EscapeDataString(title));
        if (type is not null) query.Add("region_type=" + type);
        var path = query.Count == 0 ? "/municipality" : "/municipality?" + string.Join('&', query);
        return GetAllPagesAsync<KoladaMunicipality>(path, cancellationToken);
    }

    /// <summary>Municipalities and regions by id (e.g. "0013" Region Halland, "0000" Riket).</summary>
    public Task<IReadOnlyList<KoladaMunicipality>> GetMunicipalitiesByIdAsync(
        IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        GetByIdsAsync<KoladaMunicipality>("/municipality/", ids, cancellationToken);

    /// <summary>
    /// Values of the key figures for the municipalities/regions and years, one row per gender
    /// (T, K, M) that Kolada has; values Kolada marks as deleted are left out. Kolada needs at least
    /// two of the three lists; an empty list is left out of the request (all of that kind).
    /// </summary>
    public async Task<IReadOnlyList<KoladaValue>> GetValuesAsync(
        IEnumerable<string> kpiIds, IEnumerable<string> municipalityIds, IEnumerable<int> years,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(years);
        (string Name, List<string> Segments)[] parts =
        [
            ("kpi", Segments(kpiIds)),
            ("municipality", Segments(municipalityIds)),
            ("year", Segments(years.Select(y => y.ToString(CultureInfo.InvariantCulture)))),
        ];
        if (parts.Count(p => p.Segments.Count > 0) < 2)
            throw new ArgumentException("Kolada behöver minst två av: nyckeltal, kommuner/regioner och år.");

        // One request per combination of batches: 30 kpis and 3 regions are /kpi/{25}/… and /kpi/{5}/….
        IEnumerable<string> paths = ["/data"];
        foreach (var (name, segments) in parts.Where(p => p.Segments.Count > 0))
            paths = paths.SelectMany(path => segments.Select(segment => $"{path}/{name}/{segment}")).ToList();
        var query = _options.PerPage is { } perPage ? $"?per_page={perPage}" : "";

        var values = new List<KoladaValue>();
        foreach (var path in paths)
        {
            foreach (var row in await GetAllPagesAsync<DataRow>(path + query, cancellationToken))
            {
                values.AddRange(row.Values
                    .Where(v => v.IsDeleted != true)
                    .Select(v => new KoladaValue(row.Kpi, row.Municipality, row.Period, v.Gender, v.Value, v.Status ?? "", v.Count ?? 0)));
            }
        }
        return values;
    }

    private async Task<IReadOnlyList<T>> GetByIdsAsync<T>(string prefix, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        foreach (var segment in Segments(ids))
            items.AddRange(await GetAllPagesAsync<T>(prefix + segment, cancellationToken));
        return items;
    }

    /// <summary>Distinct ids, escaped, joined by commas, at most 25 to a segment.</summary>
    private static List<string> Segments(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Select(id => id?.Trim()).Distinct().ToList();
        if (distinct.Any(string.IsNullOrEmpty))
            throw new ArgumentException("Ett id är tomt.", nameof(ids));
        return distinct.Chunk(MaxIdsPerSegment).Select(chunk => string.Join(',', chunk.Select(id => Uri.EscapeDataString(id!)))).ToList();
    }

    /// <summary>Reads page after page through next_url; the items only leave here once all are read.</summary>
    private async Task<IReadOnlyList<T>> GetAllPagesAsync<T>(string path, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        var seen = new HashSet<string>();
        Uri? url = new(_baseUrl + path);
        while (url is not null)
        {
            // A server that links back to a page already read would otherwise keep us here forever.
            if (!seen.Add(url.AbsoluteUri))
                throw new KoladaException($"Kolada gav en sidlänk tillbaka till en sida som redan lästs: {Describe(url)}");
            var page = await SendAsync<Envelope<T>>(url, cancellationToken);
            items.AddRange(page.Values);
            // next_url is absolute in v3; resolving against the current page also copes with a relative one.
            url = string.IsNullOrEmpty(page.NextUrl) ? null : new Uri(url, page.NextUrl);
        }
        return items;
    }

    /// <summary>One GET, throttled, retried on 429 and 5xx, with every failure turned into KoladaException.</summary>
    private async Task<T> SendAsync<T>(Uri url, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await _throttle.WaitAsync(cancellationToken);
            TimeSpan delay;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(_options.Timeout);
                try
                {
                    // The default completion option buffers the body, so the timeout covers reading it too.
                    using var response = await _http.GetAsync(url, timeout.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
                        return await JsonSerializer.DeserializeAsync<T>(body, KoladaJson.Options, timeout.Token)
                               ?? throw new JsonException("Svaret var null.");
                    }
                    var status = response.StatusCode;
                    var transient = status == HttpStatusCode.TooManyRequests || (int)status >= 500;
                    if (!transient || attempt > _options.RetryDelays.Count)
                    {
                        var message = $"Kolada svarade {(int)status} {response.ReasonPhrase} för {Describe(url)}"
                                      + (attempt > 1 ? $" (efter {attempt} försök)" : "");
                        throw new KoladaException(message, new HttpRequestException(message, null, status), status);
                    }
                    delay = RetryDelay(response, attempt);
                }
                // The caller's own cancellation is not an error of Kolada's and passes through as it is.
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new KoladaException($"Kolada svarade inte inom {Seconds(_options.Timeout)} ({Describe(url)}).", e);
                }
                catch (HttpRequestException e)
                {
                    throw new KoladaException($"Kolada kunde inte nås: {e.Message} ({Describe(url)})", e);
                }
                catch (JsonException e)
                {
                    throw new KoladaException($"Kolada gav ett svar som inte kunde läsas: {e.Message} ({Describe(url)})", e);
                }
            }
            await Task.Delay(delay, cancellationToken);
        }
    }

    /// <summary>The server's Retry-After when it gives one (within MaxRetryAfter), else our own schedule.</summary>
    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        var asked = retryAfter?.Delta ?? retryAfter?.Date - DateTimeOffset.UtcNow;
        if (asked is not { } wait)
            return _options.RetryDelays[attempt - 1];
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > _options.MaxRetryAfter ? _options.MaxRetryAfter : wait;
    }

    /// <summary>The address as shown in messages: below the base URL and readable (å, not %C3%A5).</summary>
    private string Describe(Uri url)
    {
        var text = url.AbsoluteUri;
        return Uri.UnescapeDataString(text.StartsWith(_baseUrl, StringComparison.Ordinal) ? text[_baseUrl.Length..] : text);
    }

    private static string Seconds(TimeSpan span)
    {
        var seconds = span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture).Replace('.', ',');
        return seconds == "1" ? "1 sekund" : seconds + " sekunder";
    }
}
