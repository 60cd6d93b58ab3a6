namespace Styrkedja.Web.Infrastructure.Email;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on the same host or network.</summary>
    None,

    /// <summary>Upgrade to TLS after connecting (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>The <c>Smtp</c> settings. An empty <see cref="Host"/> turns e-mail off.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;

    /// <summary>The sender address; empty means styrkedja@ the host.</summary>
    public string From { get; set; } = "";

    /// <summary>Empty means the server is used without logging in.</summary>
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
}
