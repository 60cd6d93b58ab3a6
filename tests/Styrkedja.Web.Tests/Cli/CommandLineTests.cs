using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Cli;

/// <summary>create-admin and its errors, each test on the same migrated, otherwise empty database.</summary>
public class CommandLineTests(EmptyDatabaseFactory app) : IClassFixture<EmptyDatabaseFactory>
{
    [Fact]
    public async Task A_password_given_on_the_command_line_lets_the_admin_log_in_locally()
    {
        await app.RunVerbAsync("migrate");

        var result = await app.RunVerbAsync("create-admin", "--organisation", "Kommun Test", "--email", "kim@test.se",
            "--password", "Hemligt-Lösen9", "--model", "halland");

        Assert.Equal(0, result.Code);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("kim@test.se");
        Assert.True(await users.CheckPasswordAsync(user!, "Hemligt-Lösen9"));
    }

    [Theory]
    [InlineData("create-admin", "--email", "x@y.se")]
    [InlineData("create-admin", "--organisation", "Org X", "--email", "x@y.se", "--model", "okänd")]
    [InlineData("create-admin", "--organisation")]
    public async Task Bad_arguments_give_a_Swedish_error_and_the_help(params string[] args)
    {
        await app.RunVerbAsync("migrate");

        var (code, output) = await app.RunVerbAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith("Fel:", output);
        Assert.Contains("create-admin --organisation", output);
        Assert.False(await app.WithRawDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Org X")));
    }
}
