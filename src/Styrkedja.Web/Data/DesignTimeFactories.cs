using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Data;

// Used only by `dotnet ef migrations add`; the running app configures its context in DatabaseSetup.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStyrkedjaDbContext>
{
    public SqliteStyrkedjaDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteStyrkedjaDbContext>().UseSqlite("Data Source=design.db").Options,
        new CurrentUser(new HttpContextAccessor()));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStyrkedjaDbContext>
{
    public PostgresStyrkedjaDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresStyrkedjaDbContext>().UseNpgsql("Host=localhost").Options,
        new CurrentUser(new HttpContextAccessor()));
}
