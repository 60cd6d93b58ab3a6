using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Data;

/// <summary>
/// Captures the changes of one save before it runs (stamping tracked entities on the way) and turns
/// them into audit entries after it, when generated keys are known.
/// </summary>
public sealed class AuditTrail
{
    // Secrets and churn that must never be copied into the audit log.
    private static readonly HashSet<string> HiddenProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "KeyHash"];

    private readonly List<(EntityEntry Entry, AuditAction Action, string? Before)> _changes = [];
    private readonly CurrentUser _user;
    private readonly DateTime _now;

    private AuditTrail(CurrentUser user, DateTime now)
    {
        _user = user;
        _now = now;
    }

    public bool IsEmpty => _changes.Count == 0;

    public static AuditTrail Capture(ChangeTracker tracker, CurrentUser user, DateTime now)
    {
        var trail = new AuditTrail(user, now);
        foreach (var entry in tracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry or DataProtectionKey or IAuditedInBulk)
                continue;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Modified => AuditAction.Modified,
                EntityState.Deleted => AuditAction.Deleted,
                _ => (AuditAction?)null,
            };
            if (action is null)
                continue;
            if (entry.Entity is TrackedEntity tracked)
                trail.Stamp(entry, tracked);
            var before = action == AuditAction.Added ? null : Snapshot(entry, original: true);
            trail._changes.Add((entry, action.Value, before));
        }
        return trail;
    }

    private void Stamp(EntityEntry entry, TrackedEntity tracked)
    {
        if (entry.State == EntityState.Added)
        {
            tracked.CreatedAt = _now;
            tracked.CreatedBy = _user.DisplayName;
        }
        if (entry.State is EntityState.Added or EntityState.Modified)
        {
            tracked.UpdatedAt = _now;
            tracked.UpdatedBy = _user.DisplayName;
            // The update's WHERE uses the original version; a row changed meanwhile matches nothing.
            var version = entry.Property(nameof(TrackedEntity.Version));
            tracked.Version = (int)version.OriginalValue! + 1;
        }
    }

    public IEnumerable<AuditEntry> ToEntries() => _changes.Select(change =>
    {
        var entity = change.Entry.Entity;
        var entityType = change.Entry.Metadata.ClrType.Name;
        var entityId = KeyOf(change.Entry);
        var subject = entity as IHasAuditSubject;
        return new AuditEntry
        {
            OrganisationId = OrganisationOf(entity),
            Timestamp = _now,
            UserId = _user.UserId,
            UserName = _user.DisplayName,
            EntityType = entityType,
            EntityId = entityId,
            SubjectType = subject?.AuditSubjectType ?? entityType,
            SubjectId = subject?.AuditSubjectId.ToString() ?? entityId,
            Action = change.Action,
            Before = change.Before,
            After = change.Action == AuditAction.Deleted ? null : Snapshot(change.Entry, original: false),
        };
    });

    private int? OrganisationOf(object entity) => entity switch
    {
        IOrganisationScoped scoped => scoped.OrganisationId,
        Organisation organisation => organisation.Id,
        AppUser user => user.OrganisationId,
        _ => _user.OrganisationId,
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (HiddenProperties.Contains(property.Metadata.Name))
                continue;
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }
        return JsonSerializer.Serialize(values);
    }
}
