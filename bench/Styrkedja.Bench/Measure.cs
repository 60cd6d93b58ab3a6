using System.Diagnostics;

namespace Styrkedja.Bench;

/// <summary>Median wall time of repeated runs after a warm-up; the median resists the odd GC pause.</summary>
public static class Measure
{
    public static async Task<double> MedianAsync(Func<Task> action, int warmups = 5, int runs = 31)
    {
        for (var i = 0; i < warmups; i++)
            await action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times[runs / 2];
    }
}
