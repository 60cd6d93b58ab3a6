using System.Net;
using Microsoft.AspNetCore.Hosting;
using netDumbster.smtp;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Oversight;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>The app with e-mail configured, against a real SMTP server on a free local port.</summary>
public sealed class SmtpFactory : StyrkedjaFactory
{
    public SimpleSmtpServer Smtp { get; } = SimpleSmtpServer.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "localhost");
        builder.UseSetting("Smtp:Port", Smtp.Configuration.Port.ToString());
        builder.UseSetting("Smtp:Security", "None");
        builder.UseSetting("Smtp:From", "styrkedja@halland.demo");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Smtp.Dispose();
    }
}

/// <summary>"Skicka påminnelse" on the round dashboard, with SMTP.</summary>
public class RoundsReminderTests(SmtpFactory app) : IClassFixture<SmtpFactory>
{
    private const string Halland = DemoUsers.Halland;

    [Fact]
    public async Task The_late_units_editor_gets_one_mail_naming_the_report_and_a_submitted_units_editor_none()
    {
        var type = await app.AddTypeAsync(Halland);
        var round = await app.OpenRoundAsync(Halland, type, 3, app.Today().AddDays(-2));
        var late = round.ReportOf("Hälso- och sjukvårdsnämnden");
        var submitted = round.ReportOf("Regionala utvecklingsnämnden");
        await app.UpdateAsync<Report>(Halland, submitted.Id, r => r.State = ReportState.Submitted);
        app.Smtp.ClearReceivedEmail();

        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var details = $"/Reports/Rounds/Details/{round.Id}";
        var response = await controller.SubmitFormAsync(details, [], "#remind-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var mails = app.Smtp.ReceivedEmail;
        var toHsn = mails.Where(m => m.ToAddresses.Any(a => a.Address == DemoUsers.HallandEditorHsn)).ToList();
        var mail = Assert.Single(toHsn);
        var body = mail.MessageParts[0].BodyData;
        Assert.Contains(type.Name, mail.Subject);
        Assert.Contains("Hälso- och sjukvårdsnämnden", body);
        Assert.Contains($"/Reports/Details/{late.Id}", body);
        Assert.Contains("försenad", body);
        Assert.DoesNotContain(mails, m => m.ToAddresses.Any(a => a.Address == DemoUsers.HallandEditorRun));
        // The controller who sends is not reminded; readers and administrators have nothing to write.
        Assert.DoesNotContain(mails, m => m.ToAddresses.Any(a => a.Address is DemoUsers.HallandController or DemoUsers.HallandReader or DemoUsers.HallandAdmin));

        var page = await controller.GetDocumentAsync(details);
        Assert.Contains($"{mails.Length} påminnelser skickade", page.QuerySelector(".alert-ok")!.TextContent);
    }

    [Fact]
    public async Task Only_controllers_of_the_whole_organisation_may_send_reminders()
    {
        var round = await app.OpenRoundAsync(Halland, await app.AddTypeAsync(Halland), 9, app.Today().AddDays(-2));
        app.Smtp.ClearReceivedEmail();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var page = await editor.GetDocumentAsync($"/Reports/Rounds/Details/{round.Id}");
        Assert.Null(page.QuerySelector("#remind-form"));
        var token = await editor.AntiforgeryTokenAsync($"/Goals/Create?year={app.Today().Year}");
        var crafted = await editor.PostAsync($"/Reports/Rounds/Remind/{round.Id}", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Equal(0, app.Smtp.ReceivedEmailCount);
    }
}

/// <summary>Without SMTP the dashboard says reminders are only in Mina uppgifter, and posting one does no harm.</summary>
public class RoundsReminderWithoutSmtpTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Fact]
    public async Task Without_smtp_the_page_says_so_and_a_reminder_post_only_explains()
    {
        var round = await app.OpenRoundAsync(DemoUsers.Halland, await app.AddTypeAsync(DemoUsers.Halland), 3, app.Today().AddDays(-2));
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var details = $"/Reports/Rounds/Details/{round.Id}";
        var page = await controller.GetDocumentAsync(details);
        Assert.Null(page.QuerySelector("#remind-form"));
        Assert.Contains("Mina uppgifter", page.QuerySelector("#no-email")!.TextContent);

        var token = await controller.AntiforgeryTokenAsync($"/Reports/Rounds/Create?year={app.Today().Year}");
        var response = await controller.PostAsync($"/Reports/Rounds/Remind/{round.Id}", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await controller.GetDocumentAsync(details);
        Assert.Contains("E-post är inte inställt", after.QuerySelector(".alert-ok")!.TextContent);
    }
}
