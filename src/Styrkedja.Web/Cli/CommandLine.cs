using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Demo;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.GovernanceModel.Templates;

namespace Styrkedja.Web.Cli;

/// <summary>
/// Operations without the browser, as verbs of the same program:
/// <c>dotnet run --project src/Styrkedja.Web -- migrate | seed-demo | create-admin …</c>.
/// They use the configuration of the app (appsettings, environment), so they act on the same database.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["migrate", "seed-demo", "create-admin", "sie", "help"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<StyrkedjaDbContext>();
        try
        {
            switch (args[0])
            {
                case "migrate":
                    await db.Database.MigrateAsync();
                    output.WriteLine("Databasen är migrerad till senaste versionen.");
                    return 0;
                case "seed-demo":
                    await db.Database.MigrateAsync();
                    if (await db.Organisations.AnyAsync())
                        throw new CommandLineException("Databasen innehåller redan organisationer; demodata läses bara in i en tom databas.");
                    await provider.GetRequiredService<DemoSeeder>().SeedAsync();
                    output.WriteLine("Demodata inläst: Region Halland (demo) och Region Blekinge (demo).");
                    return 0;
                case "create-admin":
                    return await CreateAdminAsync(db, provider.GetRequiredService<UserManager<AppUser>>(),
                        Options.Parse(args[1..]), output);
                case "sie":
                    return await SieVerbs.RunAsync(db, args[1..], output);
                default:
                    output.WriteLine(Help);
                    return 0;
            }
        }
        catch (CommandLineException e)
        {
            output.WriteLine($"Fel: {e.Message}");
            output.WriteLine(Help);
            return 2;
        }
    }

    /// <summary>
    /// Creates the organisation when it does not exist (from a model template) and an administrator in
    /// it. Without --password the account can only log in through OIDC, matched on its e-mail.
    /// </summary>
    private static async Task<int> CreateAdminAsync(StyrkedjaDbContext db, UserManager<AppUser> users,
        Options options, TextWriter output)
    {
        var organisationName = options.Required("organisation");
        var email = options.Required("email");
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Name == organisationName);
        if (organisation is null)
        {
            var template = ModelTemplate.Find(options.Get("model") ?? "tom")
                ?? throw new CommandLineException($"Okänd styrmodell '{options.Get("model")}'. Välj halland, blekinge eller tom.");
            organisation = new Organisation { Name = organisationName };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            db.OrganisationId = organisation.Id;
            await template.ApplyAsync(db, organisation.Id);
            output.WriteLine($"Organisationen '{organisationName}' skapades med styrmodellen '{template.ModelName}'.");
        }
        db.OrganisationId = organisation.Id;
        if (await users.FindByEmailAsync(email) is not null)
            throw new CommandLineException($"Det finns redan en användare med e-postadressen {email}.");

        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, OrganisationId = organisation.Id,
            DisplayName = options.Get("name") ?? email,
        };
        var password = options.Get("password");
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!result.Succeeded)
            throw new CommandLineException(string.Join(" ", result.Errors.Select(e => e.Description)));
        db.RoleGrants.Add(new RoleGrant { OrganisationId = organisation.Id, UserId = user.Id, Role = Role.Administrator });
        await db.SaveChangesAsync();
        output.WriteLine($"Administratören {email} skapades i '{organisationName}'.");
        return 0;
    }

    public const string Help = """
        Styrkedja – kommandon (körs som: dotnet run --project src/Styrkedja.Web -- <kommando>)
          migrate                        Uppdatera databasen till senaste migrering.
          seed-demo                      Läs in demoorganisationerna i en tom databas.
          create-admin --organisation NAMN --email E-POST [--name NAMN] [--password LÖSENORD]
                       [--model halland|blekinge|tom]
                                         Skapa första administratören (och organisationen om den saknas).
                                         Utan --password loggar kontot in via OIDC.
          sie validate FIL               Läs en SIE-fil och skriv en sammanfattning som JSON (eller raden med felet).
          sie import --organisation ID|NAMN FIL
                                         Importera utfall och budget ur en SIE-fil, som sidan Import från bokföringen.
          help                           Visa denna hjälp.
        """;

    internal sealed class Options(Dictionary<string, string> values)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                    throw new CommandLineException($"Oväntat argument '{args[i]}'.");
                values[args[i][2..]] = args[++i];
            }
            return new Options(values);
        }

        public string? Get(string name) => values.GetValueOrDefault(name);

        public string Required(string name) =>
            Get(name) is { Length: > 0 } value ? value : throw new CommandLineException($"--{name} saknas.");
    }
}

public sealed class CommandLineException(string message) : Exception(message);
