using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Styrkedja.Web.Data;
using Styrkedja.Web.Demo;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Kolada;
using Styrkedja.Web.Features.Api;
using Styrkedja.Web.Infrastructure.Email;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;

namespace Styrkedja.Web.Infrastructure;

public static class ServiceRegistration
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static IServiceCollection AddStyrkedja(this IServiceCollection services, IConfiguration config,
        IWebHostEnvironment env)
    {
        CultureInfo.DefaultThreadCurrentCulture = Swedish;
        CultureInfo.DefaultThreadCurrentUICulture = Swedish;

        // Swedish letters are written as they are, not as &#xE5; entities; encoding of markup is unchanged.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccessPolicy>();
        services.AddScoped<Features.Indicators.ValueWriter>();
        services.AddKolada(config);
        services.AddEmail(config);
        services.AddScoped<IAuthorizationHandler, RoleRequirementHandler>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton(new Styrkedja.Documents.PdfConverter(config["Documents:LibreOffice"] ?? Styrkedja.Documents.PdfConverter.DefaultPath));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DemoSeeder>();
        services.AddStyrkedjaDatabase(config, env.ContentRootPath);

        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/ExternalLogin");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AuthorizeFolder("/GovernanceModel", RoleRequirement.AdministratorPolicy);
            options.Conventions.AuthorizeFolder("/Users", RoleRequirement.AdministratorPolicy);
            options.Conventions.AuthorizeFolder("/ApiKeys", RoleRequirement.AdministratorPolicy);
        }).AddMvcOptions(options => SwedishBindingMessages.Apply(options.ModelBindingMessageProvider));

        services.AddAuthorizationBuilder()
            // Everything needs a login unless it says otherwise (login page, /health, static files).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(RoleRequirement.AdministratorPolicy,
                p => p.RequireAuthenticatedUser().AddRequirements(new RoleRequirement(Role.Administrator)));

        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<StyrkedjaDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StyrkedjaClaimsFactory>();

        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "styrkedja";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            // A forbidden action answers 403 (rendered by the status page), not a redirect that hides it.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        AddOidcWhenConfigured(authentication, config);
        // The push API's key scheme, policy and OpenAPI document (Features/Api).
        services.AddPushApi(authentication);

        services.AddDataProtection()
            .SetApplicationName("Styrkedja")
            .PersistKeysToDbContext<StyrkedjaDbContext>();
        services.AddHealthChecks().AddDbContextCheck<StyrkedjaDbContext>("database");
        services.AddAntiforgery(options => options.Cookie.Name = "styrkedja-af");
        return services;
    }

    public static OidcOptions? Oidc(IConfiguration config)
    {
        var options = config.GetSection("Authentication:Oidc").Get<OidcOptions>();
        return string.IsNullOrWhiteSpace(options?.Authority) ? null : options;
    }

    private static void AddOidcWhenConfigured(Microsoft.AspNetCore.Authentication.AuthenticationBuilder builder,
        IConfiguration config)
    {
        if (Oidc(config) is not { } oidc)
            return;
        builder.AddOpenIdConnect(OidcOptions.Scheme, oidc.DisplayName, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = oidc.Authority;
            options.ClientId = oidc.ClientId;
            options.ClientSecret = oidc.ClientSecret;
            options.ResponseType = "code";
            options.UsePkce = true;
            options.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" })
                options.Scope.Add(scope);
            options.CallbackPath = "/signin-oidc";
            options.GetClaimsFromUserInfoEndpoint = true;
            options.MapInboundClaims = false;
        });
    }
}

/// <summary>Authentication:Oidc in configuration; see README for Entra ID.</summary>
public sealed class OidcOptions
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string DisplayName { get; set; } = "Organisationskonto";

    /// <summary>The claim matched against a user's e-mail to find the Styrkedja account.</summary>
    public string EmailClaim { get; set; } = "email";
}
