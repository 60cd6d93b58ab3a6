using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Cli;
using Styrkedja.Web.Data;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Cli;

/// <summary>The app on a database that nobody has migrated or filled: what an operator starts from.</summary>
public sealed class EmptyDatabaseFactory() : StyrkedjaFactory(new TestDatabase(), ownsDatabase: true)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:MigrateOnStart", "false");
        builder.UseSetting("Demo:SeedWhenEmpty", "false");
    }

    /// <summary>Runs a command-line verb against this app's configuration, as `dotnet run -- verb` would.</summary>
    public async Task<(int Code, string Output)> RunVerbAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await CommandLine.RunAsync(Services, args, output);
        return (code, output.ToString());
    }

    /// <summary>The database without an organisation chosen (only unfiltered tables, or set OrganisationId).</summary>
    public async Task<T> WithRawDbAsync<T>(Func<StyrkedjaDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>());
    }
}
