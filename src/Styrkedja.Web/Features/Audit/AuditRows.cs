using System.Text.Json;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Audit;

/// <summary>One field of one change as shown: "Titel: före → efter". Before is null for a creation, After for a deletion.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>One audit entry as the history and log pages show it, in Swedish.</summary>
public sealed record AuditRow(AuditEntry Entry, string When, string What, string SubjectName, List<FieldChange> Changes)
{
    public string HistoryUrl =>
        $"/Audit/History?type={Uri.EscapeDataString(Entry.SubjectType)}&id={Uri.EscapeDataString(Entry.SubjectId)}";
}

/// <summary>Turns audit entries (JSON snapshots before and after) into rows a person can read.</summary>
public static class AuditRows
{
    // Bookkeeping that changes on every save, and keys that tell a reader nothing.
    private static readonly HashSet<string> HiddenFields =
        ["Version", "UpdatedAt", "UpdatedBy", "CreatedAt", "CreatedBy", "Id", "OrganisationId"];

    // Fields that name a row, in order of preference, for a subject that no longer exists.
    private static readonly string[] NameFields = ["Title", "Name", "DisplayName", "Year"];

    public static string EntityLabel(string type) =>
        AuditText.ResourceManager.GetString("Entity" + type, AuditText.Culture) ?? type;

    public static string FieldLabel(string field) =>
        AuditText.ResourceManager.GetString("Field" + field, AuditText.Culture) ?? field;

    public static string ActionLabel(AuditAction action) => action switch
    {
        AuditAction.Added => AuditText.ActionAdded,
        AuditAction.Modified => AuditText.ActionModified,
        AuditAction.Deleted => AuditText.ActionDeleted,
        _ => action.ToString(),
    };

    /// <summary>Rows for the given entries, newest first as given; names of referred rows are read in a few queries.</summary>
    public static async Task<List<AuditRow>> BuildAsync(StyrkedjaDbContext db, IReadOnlyList<AuditEntry> entries)
    {
        var parsed = entries.Select(e => (Entry: e, Before: Parse(e.Before), After: Parse(e.After))).ToList();
        var wanted = parsed.SelectMany(p => References(p.Before).Concat(References(p.After)))
            .Concat(entries.Select(e => (e.SubjectType, e.SubjectId)));
        var names = await ReferenceNames.LoadAsync(db, wanted);
        return parsed.Select(p => new AuditRow(
            p.Entry,
            SwedishTime.DateAndTime(p.Entry.Timestamp),
            $"{ActionLabel(p.Entry.Action)}: {EntityLabel(p.Entry.EntityType)}",
            SubjectName(names, p.Entry.SubjectType, p.Entry.SubjectId, entries),
            Changes(p.Entry, p.Before, p.After, names))).ToList();
    }

    /// <summary>
    /// The subject's current name, else the name in its latest own snapshot among <paramref name="entries"/>
    /// (newest first), else its kind and id.
    /// </summary>
    private static string SubjectName(ReferenceNames names, string type, string id, IEnumerable<AuditEntry> entries) =>
        names.Find(type, id)
        ?? entries.Where(e => e.EntityType == type && e.EntityId == id)
            .Select(e => NameIn(Parse(e.After ?? e.Before))).FirstOrDefault(n => n is not null)
        ?? string.Format(AuditText.SubjectFallback, EntityLabel(type), id);

    private static string? NameIn(Dictionary<string, JsonElement> snapshot) => NameFields
        .Select(field => snapshot.TryGetValue(field, out var value) ? Plain(value) : null)
        .FirstOrDefault(name => !string.IsNullOrEmpty(name));

    private static List<FieldChange> Changes(AuditEntry entry, Dictionary<string, JsonElement> before,
        Dictionary<string, JsonElement> after, ReferenceNames names)
    {
        // A link's or grunduppdrag's key back to the subject repeats the page's heading.
        var subjectKey = entry.EntityType == entry.SubjectType ? null : entry.SubjectType + "Id";
        var changes = new List<FieldChange>();
        foreach (var field in before.Keys.Union(after.Keys).Where(f => !HiddenFields.Contains(f) && f != subjectKey))
        {
            var old = before.TryGetValue(field, out var b) ? Display(entry.EntityType, field, b, names) : null;
            var now = after.TryGetValue(field, out var a) ? Display(entry.EntityType, field, a, names) : null;
            var shown = entry.Action switch
            {
                AuditAction.Modified => old != now,
                AuditAction.Added => now is not null,
                _ => old is not null,
            };
            if (shown)
                changes.Add(new FieldChange(FieldLabel(field), old, now));
        }
        return changes;
    }

    private static Dictionary<string, JsonElement> Parse(string? json) => string.IsNullOrEmpty(json)
        ? []
        : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];

    private static IEnumerable<(string Type, string Id)> References(Dictionary<string, JsonElement> snapshot) =>
        snapshot.Where(field => ReferenceNames.TargetOf(field.Key) is not null && Plain(field.Value) is not null)
            .Select(field => (ReferenceNames.TargetOf(field.Key)!, Plain(field.Value)!));

    /// <summary>A value in Swedish: names for ids of rows that still exist, labels for enums, Ja/Nej; null for empty.</summary>
    private static string? Display(string entityType, string field, JsonElement value, ReferenceNames names)
    {
        var plain = Plain(value);
        if (string.IsNullOrEmpty(plain))
            return null;
        if (ReferenceNames.TargetOf(field) is { } target)
            return names.Find(target, plain) ?? plain;
        return field switch
        {
            "Kind" or "OwnerKinds" when value.ValueKind == JsonValueKind.Number => Labels.For((OrgUnitKind)value.GetInt32()),
            "Role" when value.ValueKind == JsonValueKind.Number => Labels.For((Role)value.GetInt32()),
            "State" when value.ValueKind == JsonValueKind.Number && entityType == nameof(Report) => Labels.For((ReportState)value.GetInt32()),
            "State" when value.ValueKind == JsonValueKind.Number => Labels.For((PlanState)value.GetInt32()),
            "AtPeriodEnd" or "Forecast" when value.ValueKind == JsonValueKind.Number => Labels.For((Fulfilment)value.GetInt32()),
            "Writers" when value.ValueKind == JsonValueKind.Number => Labels.For((ReportWriters)value.GetInt32()),
            "Body" or "NewBody" when value.ValueKind == JsonValueKind.Number => Labels.For((ProcessBody)value.GetInt32()),
            "Produces" when value.ValueKind == JsonValueKind.Number => Labels.For((ProcessOutput)value.GetInt32()),
            "MeetingType" when value.ValueKind == JsonValueKind.Number => Labels.For((MeetingType)value.GetInt32()),
            "Type" when value.ValueKind == JsonValueKind.Number && entityType == nameof(Meeting) => Labels.For((MeetingType)value.GetInt32()),
            "Axis" when value.ValueKind == JsonValueKind.Number => Labels.For((RiskAxis)value.GetInt32()),
            "Outcome" when value.ValueKind == JsonValueKind.Number => Labels.For((ControlOutcome)value.GetInt32()),
            "Part" when value.ValueKind == JsonValueKind.Number => Labels.For((PremisePart)value.GetInt32()),
            // "Status" means different things per entity.
            "Status" when value.ValueKind == JsonValueKind.Number && entityType is nameof(Activity) or nameof(ActivityComment) =>
                Labels.For((ActivityStatus)value.GetInt32()),
            "Status" when value.ValueKind == JsonValueKind.Number && entityType == nameof(GoalAssessment) =>
                TargetReading.Label((TargetStatus)value.GetInt32()),
            // A decided plan's frozen content is shown on the plan itself; as a diff it would be a wall of JSON.
            "Snapshot" => AuditText.SnapshotStored,
            _ when value.ValueKind == JsonValueKind.True => Common.Yes,
            _ when value.ValueKind == JsonValueKind.False => Common.No,
            _ => plain,
        };
    }

    private static string? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
