using System.Collections.Concurrent;

namespace Styrkedja.Web.Features.Economy.Ledger;

/// <summary>
/// How far the imports running in this process have read their files, keyed by an id the page's script
/// makes up and posts with the form, so that it can poll while the same page waits for the answer. Only
/// byte counts are kept, and only while the request runs; a poll that reaches another instance finds
/// nothing and the bar simply waits (the import itself does not depend on it).
/// </summary>
public static class LedgerProgress
{
    public sealed record State(long Read, long Total);

    private static readonly ConcurrentDictionary<string, State> Running = new();

    /// <summary>A callback for <see cref="LedgerImporter"/>, or null when the form carried no usable id.</summary>
    public static Action<long>? Track(string? id, long total)
    {
        if (!IsValidId(id))
            return null;
        Running[id!] = new State(0, total);
        return read => Running[id!] = new State(read, total);
    }

    public static void Finish(string? id)
    {
        if (IsValidId(id))
            Running.TryRemove(id!, out _);
    }

    public static State? Find(string? id) => IsValidId(id) && Running.TryGetValue(id!, out var state) ? state : null;

    // A GUID the script made: anything else (or a huge string) is not stored.
    private static bool IsValidId(string? id) => Guid.TryParse(id, out _) && id!.Length <= 40;
}
