using System.Net;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Reports;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.YearWheel;

/// <summary>"Skicka påminnelser" on the year wheel, against a real SMTP server on a free local port.</summary>
public class YearWheelReminderTests(SmtpFactory app) : IClassFixture<SmtpFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    [Fact]
    public async Task Each_person_gets_one_mail_with_the_steps_they_answer_for()
    {
        var committeeStep = await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "Nämndernas underlag (påminnelsetest)", Today.AddDays(3),
            ProcessBody.Committee);
        await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "Styrelsens beslut (påminnelsetest)", Today.AddDays(5));
        await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "Klart steg (påminnelsetest)", Today.AddDays(2), ProcessBody.Committee, doneOn: Today);
        await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "Långt fram (påminnelsetest)", Today.AddDays(YearWheelItems.DueWithinDays + 20),
            ProcessBody.Committee);
        app.Smtp.ClearReceivedEmail();

        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var response = await controller.SubmitFormAsync($"/YearWheel?year={Today.Year}", [], "#remind-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var mails = app.Smtp.ReceivedEmail;
        string BodyTo(string address) => Assert.Single(mails, m => m.ToAddresses.Any(a => a.Address == address)).MessageParts[0].BodyData;
        // The committee's editor answers for the committees' steps, not for the board's.
        var toEditor = BodyTo(DemoUsers.HallandEditorHsn);
        Assert.Contains("Nämndernas underlag (påminnelsetest)", toEditor);
        Assert.Contains($"/YearWheel?year={committeeStep.Date.Year}#item-{committeeStep.Id}", toEditor);
        Assert.DoesNotContain("Styrelsens beslut (påminnelsetest)", toEditor);
        // The administrator answers for every step; done and far-off steps are nobody's reminder.
        var toAdmin = BodyTo(DemoUsers.HallandAdmin);
        Assert.Contains("Styrelsens beslut (påminnelsetest)", toAdmin);
        Assert.Contains("Nämndernas underlag (påminnelsetest)", toAdmin);
        Assert.DoesNotContain(mails, m => m.MessageParts[0].BodyData.Contains("Klart steg") || m.MessageParts[0].BodyData.Contains("Långt fram"));
        // The sender is not reminded, and a reader answers for nothing.
        Assert.DoesNotContain(mails, m => m.ToAddresses.Any(a => a.Address is DemoUsers.HallandController or DemoUsers.HallandReader));

        var page = await controller.GetDocumentAsync($"/YearWheel?year={Today.Year}");
        Assert.Contains($"{mails.Length} påminnelser skickade", page.QuerySelector(".alert-ok")!.TextContent);
    }

    [Fact]
    public async Task An_editor_has_no_reminder_button_and_a_crafted_post_is_forbidden()
    {
        app.Smtp.ClearReceivedEmail();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var page = await editor.GetDocumentAsync($"/YearWheel?year={Today.Year}");
        Assert.Null(page.QuerySelector("#remind-form"));
        var token = await editor.AntiforgeryTokenAsync($"/Goals/Create?year={Today.Year}");
        var crafted = await editor.PostAsync($"/YearWheel?year={Today.Year}&handler=Remind", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Equal(0, app.Smtp.ReceivedEmailCount);
    }
}

/// <summary>The year wheel without SMTP, and on the start page.</summary>
public class YearWheelStartPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    [Fact]
    public async Task Without_smtp_the_reminder_button_says_the_reminders_are_in_Mina_uppgifter()
    {
        using var controller = await app.LoginAsync(DemoUsers.BlekingeController);

        await controller.SubmitFormAsync($"/YearWheel?year={Today.Year}", [], "#remind-form");

        var page = await controller.GetDocumentAsync($"/YearWheel?year={Today.Year}");
        Assert.Contains("E-post är inte inställt", page.QuerySelector(".alert-ok")!.TextContent);
    }

    [Fact]
    public async Task The_start_page_shows_a_reader_the_next_steps_and_not_the_done_ones()
    {
        var next = await WheelTestData.AddItemAsync(app, DemoUsers.Blekinge, "Morgondagens steg (startsidan)", Today.AddDays(1));
        await WheelTestData.AddItemAsync(app, DemoUsers.Blekinge, "Redan klart (startsidan)", Today.AddDays(1), doneOn: Today);
        using var reader = await app.LoginAsync(DemoUsers.BlekingeReader);

        var page = await reader.GetDocumentAsync("/");

        var section = page.QuerySelector("#year-wheel")!;
        var link = section.QuerySelectorAll("a").Single(a => a.TextContent == "Morgondagens steg (startsidan)");
        Assert.Equal($"/YearWheel?year={next.Date.Year}#item-{next.Id}", link.GetAttribute("href"));
        Assert.DoesNotContain("Redan klart (startsidan)", section.TextContent);
    }
}
