using Styrkedja.Web.Cli;
using Styrkedja.Web.Infrastructure;

// Composition only: services and pipeline live in Infrastructure/, command-line verbs in Cli/.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStyrkedja(builder.Configuration, builder.Environment);
var app = builder.Build();

if (CommandLine.IsVerb(args))
    return await CommandLine.RunAsync(app.Services, args);

await app.Services.PrepareDatabaseAsync(app.Configuration);
app.UseStyrkedja();
await app.RunAsync();
return 0;

public partial class Program;
