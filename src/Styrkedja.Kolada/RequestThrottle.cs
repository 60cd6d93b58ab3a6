using System.Diagnostics;

namespace Styrkedja.Kolada;

/// <summary>
/// Spaces requests at least 1/N second apart. System.Threading.RateLimiting would do this, but it
/// ships with ASP.NET Core's shared framework, not the base one, and this library stays BCL-only.
/// Even spacing (rather than bursts of N) also keeps retries and page-follows from bunching up.
/// </summary>
internal sealed class RequestThrottle(int maxPerSecond)
{
    private readonly long _intervalTicks = Stopwatch.Frequency / maxPerSecond;
    private readonly Lock _gate = new();
    private long _nextSlot = Stopwatch.GetTimestamp();

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        long now, slot;
        lock (_gate)
        {
            // Each caller books the next free slot under the lock, then waits outside it, so
            // concurrent callers queue up in order without holding anything while they sleep.
            now = Stopwatch.GetTimestamp();
            slot = Math.Max(now, _nextSlot);
            _nextSlot = slot + _intervalTicks;
        }
        return slot <= now ? Task.CompletedTask : Task.Delay(Stopwatch.GetElapsedTime(now, slot), cancellationToken);
    }
}
