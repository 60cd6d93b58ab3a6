using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Tests.Features.Audit;

/// <summary>The history speaks Swedish for every kind of row and field that a change can record.</summary>
public class AuditLabelTests
{
    private static readonly HashSet<string> Bookkeeping =
        ["Id", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "OrganisationId"];

    [Fact]
    public void Every_tracked_entity_and_field_has_a_swedish_label()
    {
        using var db = new SqliteStyrkedjaDbContext(
            new DbContextOptionsBuilder<SqliteStyrkedjaDbContext>().UseSqlite("Data Source=:memory:").Options,
            new CurrentUser(new HttpContextAccessor()));
        var tracked = db.Model.GetEntityTypes().Where(t => typeof(TrackedEntity).IsAssignableFrom(t.ClrType)).ToList();

        var missing = tracked.Select(t => "Entity" + t.ClrType.Name)
            .Concat(tracked.SelectMany(t => t.GetProperties()).Select(p => p.Name).Where(name => !Bookkeeping.Contains(name)).Select(name => "Field" + name))
            .Distinct()
            .Where(key => AuditText.ResourceManager.GetString(key, AuditText.Culture) is null)
            .Order()
            .ToList();

        Assert.NotEmpty(tracked);
        Assert.True(missing.Count == 0, "Utan svensk text: " + string.Join(", ", missing));
    }
}
