using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;

namespace Styrkedja.Web.Features.Audit;

/// <summary>
/// The change log's filter: entity type, user and a date range in Swedish days. A day runs from
/// midnight to midnight in Stockholm, while entries are stored in UTC.
/// </summary>
public sealed record AuditLogFilter(string? Type, string? User, DateOnly? From, DateOnly? To)
{
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (!string.IsNullOrEmpty(Type))
            entries = entries.Where(a => a.EntityType == Type);
        if (!string.IsNullOrEmpty(User))
            entries = entries.Where(a => a.UserName == User);
        if (From is { } from)
        {
            var start = SwedishTime.StartOfDayUtc(from);
            entries = entries.Where(a => a.Timestamp >= start);
        }
        if (To is { } to)
        {
            var end = SwedishTime.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(a => a.Timestamp < end);
        }
        return entries;
    }

    /// <summary>The query string of this filter on another page of the log.</summary>
    public string Url(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["type"] = Type, ["user"] = User, ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"),
            ["p"] = page.ToString(),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Audit",
            query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
