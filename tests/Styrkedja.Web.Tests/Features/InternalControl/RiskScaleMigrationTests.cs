using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.InternalControl;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.InternalControl;

/// <summary>The internal-control migration on the real provider, over a database that already has an organisation.</summary>
public class RiskScaleMigrationTests
{
    [Fact]
    public async Task An_organisation_from_before_internal_control_gets_the_standard_scales()
    {
        using var database = new TestDatabase();
        await using var db = Context(database);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_InternalControlAndPlanningDocuments"));
        await migrator.MigrateAsync(migrations[index - 1]);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Organisations" ("Name", "IsDemo", "KoladaPeerIds", "CreatedAt", "UpdatedAt", "Version")
            VALUES ('Region Före', FALSE, '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)
            """);

        await migrator.MigrateAsync();

        var organisation = await db.Organisations.SingleAsync(o => o.Name == "Region Före");
        var steps = await db.RiskScaleSteps.IgnoreQueryFilters().Where(s => s.OrganisationId == organisation.Id)
            .OrderBy(s => s.Axis).ThenBy(s => s.Value).ToListAsync();
        Assert.Equal(RiskScales.Standard.Select(s => (s.Axis, s.Value, s.Name)), steps.Select(s => (s.Axis, s.Value, s.Name)));
        Assert.Equal([1, 2, 3, 4], steps.Where(s => s.Axis == RiskAxis.Consequence).Select(s => s.Value));
    }

    private static StyrkedjaDbContext Context(TestDatabase database)
    {
        var user = new CurrentUser(new HttpContextAccessor());
        return database.Provider == DatabaseProvider.Sqlite
            ? new SqliteStyrkedjaDbContext(new DbContextOptionsBuilder<SqliteStyrkedjaDbContext>().UseSqlite(database.ConnectionString).Options, user)
            : new PostgresStyrkedjaDbContext(new DbContextOptionsBuilder<PostgresStyrkedjaDbContext>().UseNpgsql(database.ConnectionString).Options, user);
    }
}
