using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Styrkedja.Web.Infrastructure.Email;

/// <summary>One plain-text e-mail to one person.</summary>
public sealed record EmailMessage(string To, string ToName, string Subject, string Body);

/// <summary>How many of the messages went out, and whether the server failed on the way.</summary>
public sealed record EmailOutcome(int Sent, bool Failed);

/// <summary>
/// Sends e-mail through the organisation's SMTP server (MailKit). Without a configured host the app
/// works as before: reminders are then only seen in Mina uppgifter.
/// </summary>
public sealed class EmailSender(IOptions<SmtpOptions> options, ILogger<EmailSender> log)
{
    private SmtpOptions Smtp => options.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Smtp.Host);

    /// <summary>
    /// Sends the messages over one connection. A server that cannot be reached or refuses is logged and
    /// reported in the outcome rather than thrown: the page that asked should say so, not fail.
    /// </summary>
    public async Task<EmailOutcome> SendAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancel = default)
    {
        if (!IsConfigured)
            throw new InvalidOperationException("E-mail is not configured (Smtp:Host is empty).");
        if (messages.Count == 0)
            return new EmailOutcome(0, false);
        var sent = 0;
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(Smtp.Host, Smtp.Port, SocketOptions(Smtp.Security), cancel);
            if (!string.IsNullOrEmpty(Smtp.UserName))
                await client.AuthenticateAsync(Smtp.UserName, Smtp.Password, cancel);
            foreach (var message in messages)
            {
                await client.SendAsync(ToMime(message), cancel);
                sent++;
            }
            await client.DisconnectAsync(true, cancel);
            return new EmailOutcome(sent, false);
        }
        catch (Exception e) when (e is SocketException or IOException or ProtocolException or CommandException
                                       or AuthenticationException or SslHandshakeException)
        {
            log.LogError(e, "Sending e-mail through {Host}:{Port} failed after {Sent} of {Count} messages",
                Smtp.Host, Smtp.Port, sent, messages.Count);
            return new EmailOutcome(sent, true);
        }
    }

    private MimeMessage ToMime(EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(Smtp.From) ? $"styrkedja@{Smtp.Host}" : Smtp.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
