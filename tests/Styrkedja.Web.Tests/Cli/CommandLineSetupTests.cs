using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Cli;

/// <summary>The verbs in the order an operator runs them on one empty database: migrate → seed-demo → create-admin.</summary>
public class CommandLineSetupTests(EmptyDatabaseFactory app) : IClassFixture<EmptyDatabaseFactory>
{
    [Fact]
    public async Task Operator_sets_up_a_database_from_nothing()
    {
        Assert.NotEmpty(await app.WithRawDbAsync(db => db.Database.GetPendingMigrationsAsync()));

        var migrate = await app.RunVerbAsync("migrate");
        Assert.Equal(0, migrate.Code);
        Assert.Empty(await app.WithRawDbAsync(db => db.Database.GetPendingMigrationsAsync()));

        var seed = await app.RunVerbAsync("seed-demo");
        Assert.Equal(0, seed.Code);
        Assert.Equal(2, await app.WithRawDbAsync(db => db.Organisations.CountAsync(o => o.IsDemo)));

        var again = await app.RunVerbAsync("seed-demo");
        Assert.NotEqual(0, again.Code);
        Assert.Equal(2, await app.WithRawDbAsync(db => db.Organisations.CountAsync()));

        var admin = await app.RunVerbAsync("create-admin", "--organisation", "Region Exempel", "--email", "anna@exempel.se",
            "--name", "Anna Andersson", "--model", "blekinge");
        Assert.Equal(0, admin.Code);
        var (organisation, levels) = await app.WithRawDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Name == "Region Exempel");
            db.OrganisationId = org.Id;
            return (org, await db.GoalLevels.OrderBy(l => l.SortOrder).Select(l => l.Name).ToListAsync());
        });
        Assert.False(organisation.IsDemo);
        Assert.Equal(["Inriktningsmål", "Insatsområde", "Åtagande"], levels);
        var user = await app.WithRawDbAsync(db => db.Users.SingleAsync(u => u.Email == "anna@exempel.se"));
        Assert.Null(user.PasswordHash);
        Assert.Equal(organisation.Id, user.OrganisationId);
        var grant = await app.WithRawDbAsync(db =>
        {
            db.OrganisationId = organisation.Id;
            return db.RoleGrants.SingleAsync(g => g.UserId == user.Id);
        });
        Assert.Equal(Role.Administrator, grant.Role);
        Assert.Null(grant.OrgUnitId);

        var duplicate = await app.RunVerbAsync("create-admin", "--organisation", "Region Exempel", "--email", "anna@exempel.se");
        Assert.Equal(2, duplicate.Code);
        Assert.Contains("finns redan", duplicate.Output);
    }
}
