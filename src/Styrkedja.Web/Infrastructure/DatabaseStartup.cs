using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Demo;

namespace Styrkedja.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations at start (Database:MigrateOnStart) and, on an empty database, loads the
    /// demo organisations (Demo:SeedWhenEmpty) so that a fresh clone is browsable at once.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, IConfiguration config)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>();
        if (config.GetValue("Database:MigrateOnStart", true))
            await db.Database.MigrateAsync();
        if (config.GetValue("Demo:SeedWhenEmpty", false) && !await db.Organisations.AnyAsync())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }
}
