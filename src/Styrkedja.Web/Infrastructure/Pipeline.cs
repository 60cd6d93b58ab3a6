using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Styrkedja.Web.Features.Api;

namespace Styrkedja.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseStyrkedja(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.Use(SecurityHeaders);
        app.UseRequestLocalization(ServiceRegistration.Swedish.Name);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health", new HealthCheckOptions()).AllowAnonymous();
        app.MapRazorPages();
        // /api/v1 (API key, no cookies, no anti-forgery) and its description at /openapi/v1.json.
        app.MapPushApi();
        return app;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers["X-Frame-Options"] = "DENY";
        // form-action is left open: the OIDC login posts back through the identity provider.
        headers["Content-Security-Policy"] =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; object-src 'none'";
        return next();
    }
}
