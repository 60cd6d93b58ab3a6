using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Data;

namespace Styrkedja.Web.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP (TestServer) on its own database, migrated and loaded with the demo
/// organisations exactly as on a first start. One per test class (IClassFixture); each gets a copy of a
/// database seeded once per test run (<see cref="SeededTemplate"/>), since seeding is most of a class's cost.
/// </summary>
public class StyrkedjaFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;

    public StyrkedjaFactory() : this(SeededTemplate.NewCopy(), ownsDatabase: true)
    {
    }

    /// <param name="database">The database the app runs on; an empty one is migrated and seeded at start.</param>
    /// <param name="ownsDatabase">Whether disposing the app removes the database.</param>
    protected StyrkedjaFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Styrkedja", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Demo:SeedWhenEmpty", "true");
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302/403 as they are.</summary>
    public AppClient CreateAppClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Logs in one of the demo users (password <see cref="Demo.DemoSeeder.Password"/>).</summary>
    public async Task<AppClient> LoginAsync(string email)
    {
        var client = CreateAppClient();
        await client.LoginAsync(email);
        return client;
    }

    /// <summary>
    /// Direct database access for arranging and asserting, scoped to one organisation by name
    /// (the tenant filter applies as it does for a logged-in user).
    /// </summary>
    public async Task<T> WithDbAsync<T>(string organisationName, Func<StyrkedjaDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>();
        db.OrganisationId = (await db.Organisations.SingleAsync(o => o.Name == organisationName)).Id;
        return await action(db);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
            Database.Dispose();
    }
}
