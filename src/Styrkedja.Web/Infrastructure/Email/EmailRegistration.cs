namespace Styrkedja.Web.Infrastructure.Email;

public static class EmailRegistration
{
    /// <summary>The SMTP settings (section <c>Smtp</c>) and the sender that uses them.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SmtpOptions>(config.GetSection(SmtpOptions.Section));
        services.AddSingleton<EmailSender>();
        return services;
    }
}
