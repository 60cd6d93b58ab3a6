namespace Styrkedja.Kolada;

/// <summary>Settings of a <see cref="KoladaClient"/>; the defaults suit the public v3 API.</summary>
public sealed class KoladaOptions
{
    /// <summary>Kept configurable because there is no internet in tests and Kolada may move.</summary>
    public string BaseUrl { get; set; } = "https://api.kolada.se/v3";

    /// <summary>Kolada documents no rate limit; five a second is polite and still fast enough.</summary>
    public int MaxRequestsPerSecond { get; set; } = 5;

    /// <summary>How long one attempt (request and reading its body) may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The waits before each retry after HTTP 429 or 5xx; their number is the number of retries.
    /// A list rather than a formula so that tests can make them tiny and operators can tune them.
    /// </summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; set; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];

    /// <summary>A Retry-After header is honoured up to this long, so a server cannot park us for hours.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows per page of data requests (Kolada's default and maximum is 5000); null sends none.</summary>
    public int? PerPage { get; set; }

    internal void Validate()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out _))
            throw new ArgumentException($"BaseUrl måste vara en absolut adress, inte \"{BaseUrl}\".", nameof(BaseUrl));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRequestsPerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        if (PerPage is < 1 or > 5000)
            throw new ArgumentOutOfRangeException(nameof(PerPage), PerPage, "Kolada tar 1–5000 rader per sida.");
    }
}
