using Microsoft.AspNetCore.Authentication;
using Microsoft.OpenApi;

namespace Styrkedja.Web.Features.Api;

/// <summary>The services of the push API: its authentication scheme and policy, and its OpenAPI document.</summary>
public static class PushApiRegistration
{
    public static IServiceCollection AddPushApi(this IServiceCollection services, AuthenticationBuilder authentication)
    {
        authentication.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyAuthenticationHandler.Policy,
            p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/") == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Styrkedja push-API";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyAuthenticationHandler.Header,
                    Description = "En nyckel som en administratör utfärdar under /ApiKeys. Den gäller för en organisation.",
                };
                document.Security = [new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [],
                }];
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
