using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Infrastructure.Web;

/// <summary>
/// Optimistic concurrency for edit forms. A form carries the version it was opened with; the save
/// updates only that version, so a change made meanwhile by someone else makes the save fail with a
/// message that names who changed it and when — nothing is silently overwritten.
/// </summary>
public static class Concurrency
{
    /// <summary>
    /// Tells EF that the row must still be at the version the form was opened with. With
    /// <paramref name="evenIfUnchanged"/> the save updates the row in any case, so the version is checked and
    /// bumped also when only rows hanging under it changed (a goal's links, a level's allowed parents) or
    /// nothing did.
    /// </summary>
    public static void ExpectVersion(this StyrkedjaDbContext db, TrackedEntity entity, int formVersion, bool evenIfUnchanged = false)
    {
        var entry = db.Entry(entity);
        entry.Property(e => e.Version).OriginalValue = formVersion;
        if (evenIfUnchanged)
            entry.Property(e => e.UpdatedAt).IsModified = true;
    }

    /// <summary>
    /// Saves. Returns null on success, or a Swedish message when another user saved the row first
    /// ("Målet har ändrats av X kl. 14:32 …") or deleted it.
    /// </summary>
    public static async Task<string?> TrySaveAsync(this StyrkedjaDbContext db, string what, TimeProvider clock)
    {
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            var current = await conflict.Entries[0].GetDatabaseValuesAsync();
            foreach (var entry in conflict.Entries)
                entry.State = EntityState.Detached;
            if (current is null)
                return string.Format(Common.ConcurrencyDeleted, what);
            var by = current.GetValue<string?>(nameof(TrackedEntity.UpdatedBy)) ?? Common.Unknown;
            var at = current.GetValue<DateTime>(nameof(TrackedEntity.UpdatedAt));
            return string.Format(Common.ConcurrencyConflict, what, by,
                SwedishTime.Clock(at, clock.GetUtcNow().UtcDateTime));
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            // Two people created the same thing (a year, a first assessment) at the same instant: the
            // database's unique index decided, and the later one is told instead of getting an error page.
            db.ChangeTracker.Clear();
            return string.Format(Common.ConcurrencyCreatedMeanwhile, what);
        }
    }

    /// <summary>SQLite's UNIQUE constraint (extended code 2067) or PostgreSQL's unique_violation (23505).</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
