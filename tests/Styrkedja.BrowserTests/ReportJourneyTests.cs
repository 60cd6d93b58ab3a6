using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// The follow-up step in the browser: a controller opens a round of their own (so that the test never
/// depends on what other tests did to the demo's round), the committee's editor assesses the goals,
/// edits a section and the economy and submits; the controller sends it back, the editor answers and
/// submits again, the controller reviews and records the adoption; the round's dashboard and the
/// consolidated report follow, and both documents are downloaded as Word. axe on every page and error state.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ReportJourneyTests(BrowserApp app)
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd");

    // The Swedish date is never before the UTC date, so this is never "in the future" for the app.
    private static DateTime Today => DateTime.UtcNow.Date;

    private static ILocator Nav(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static ILocator State(IPage page) => page.Locator("dl.facts").First;

    [Fact]
    public async Task A_report_is_written_submitted_returned_resubmitted_reviewed_adopted_and_exported()
    {
        // --- The controller opens the first period of the year that is not opened yet, with a mistake first.
        var controller = await app.NewPageAsync();
        await controller.LoginAsync(DemoUsers.HallandController);
        await Nav(controller, "Uppföljning").ClickAsync();
        await Assertions.Expect(controller.Content().GetByRole(AriaRole.Heading, new() { Name = "Rapportcykel" })).ToBeVisibleAsync();
        await controller.AssertAccessibleAsync();

        await controller.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Öppna ") }).First.ClickAsync();
        await controller.AssertAccessibleAsync();
        var dueOn = await controller.GetByLabel("Sista dag", new() { Exact = true }).InputValueAsync();
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", dueOn);
        await controller.GetByLabel("Sista dag", new() { Exact = true }).FillAsync("2000-01-31");
        await controller.Content().GetByRole(AriaRole.Button, new() { Name = "Öppna omgången" }).ClickAsync();
        await Assertions.Expect(controller.Locator(".error-summary")).ToContainTextAsync("Sista dag kan inte ligga före periodens sista månad.");
        await controller.AssertAccessibleAsync();
        await controller.GetByLabel("Sista dag", new() { Exact = true }).FillAsync(dueOn);
        await controller.Content().GetByRole(AriaRole.Button, new() { Name = "Öppna omgången" }).ClickAsync();

        // The round's dashboard: every committee's report, none started.
        await Assertions.Expect(controller.GetByRole(AriaRole.Status)).ToContainTextAsync("är öppnad");
        var roundTitle = (await controller.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim();
        var roundUrl = controller.Url;
        var hsnRow = controller.Locator("#round-reports tr", new() { Has = controller.GetByRole(AriaRole.Link, new() { Name = Hsn, Exact = true }) });
        await Assertions.Expect(hsnRow.Locator("td.state")).ToHaveTextAsync("Ej påbörjad");
        await Assertions.Expect(controller.Locator("#progress")).ToContainTextAsync("Ej påbörjad");
        await Assertions.Expect(controller.Content().GetByRole(AriaRole.Heading, new() { Name = "Påminnelser" })).ToBeVisibleAsync();
        // Reminders are e-mailed when e-mail is set up, else the page says they are in Mina uppgifter.
        await Assertions.Expect(controller.Locator("#remind-form, #no-email")).ToHaveCountAsync(1);
        await controller.AssertAccessibleAsync();
        var reportPath = await hsnRow.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        Assert.Matches(@"^/Reports/Details/\d+$", reportPath);

        // --- The committee's editor finds the new report under Uppföljning → Mina rapporter.
        var writer = await app.NewPageAsync();
        await writer.LoginAsync(DemoUsers.HallandEditorHsn);
        await Nav(writer, "Uppföljning").ClickAsync();
        await writer.AssertAccessibleAsync();
        await writer.Locator("#my-reports-table").GetByRole(AriaRole.Link,
            // The unit is a visually hidden span, which the accessible name joins with a space before the comma.
            new() { NameRegex = new($"^{Regex.Escape(roundTitle)} ?, {Hsn}$") }).ClickAsync();
        Assert.EndsWith(reportPath!, writer.Url);
        await Assertions.Expect(writer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{roundTitle} – {Hsn}");
        await Assertions.Expect(State(writer)).ToContainTextAsync("Ej påbörjad");
        await writer.AssertAccessibleAsync();

        // The committee's goals of the year; the demo gives it more than one, so a submission with one left is refused.
        var assessLinks = writer.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Bedöm målet ") });
        Assert.True(await assessLinks.CountAsync() >= 2, "The demo's committee should have at least two goals this year.");
        var firstGoal = (await assessLinks.First.GetAttributeAsync("aria-label"))!["Bedöm målet ".Length..];

        // A goal assessed without choosing the fulfilment first, then properly.
        await assessLinks.First.ClickAsync();
        await writer.AssertAccessibleAsync();
        await writer.GetByLabel("Analys (orsaker)").FillAsync("Bemanningen räckte inte under perioden.");
        await writer.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(writer.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(writer.Locator("#Input_AtPeriodEnd-error")).ToHaveTextAsync("Välj en bedömning för Måluppfyllelse vid periodens slut.");
        await Assertions.Expect(writer.Locator("#Input_Forecast-error")).ToHaveTextAsync("Välj en bedömning för Prognos för helåret.");
        // The text typed is kept.
        await Assertions.Expect(writer.GetByLabel("Analys (orsaker)")).ToHaveValueAsync("Bemanningen räckte inte under perioden.");
        await writer.AssertAccessibleAsync();
        await writer.GetByLabel("Måluppfyllelse vid periodens slut").SelectOptionAsync(new SelectOptionValue { Label = "Delvis uppfyllt" });
        await writer.GetByLabel("Prognos för helåret").SelectOptionAsync(new SelectOptionValue { Label = "Uppfyllt" });
        await writer.GetByLabel("Föreslagna åtgärder").FillAsync("Riktad rekrytering av sjuksköterskor.");
        await writer.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(writer.GetByRole(AriaRole.Status)).ToContainTextAsync($"Bedömningen av ”{firstGoal}” är sparad.");
        await Assertions.Expect(State(writer)).ToContainTextAsync("Pågår");
        var firstCard = writer.Locator("article.report-goal", new() { Has = writer.GetByRole(AriaRole.Heading, new() { NameRegex = new(": " + Regex.Escape(firstGoal) + "$") }) });
        await Assertions.Expect(firstCard.Locator("dd").Nth(1)).ToHaveTextAsync("Delvis uppfyllt");
        await Assertions.Expect(firstCard.Locator("dd").Nth(2)).ToHaveTextAsync("Uppfyllt");
        await Assertions.Expect(firstCard).ToContainTextAsync("Bemanningen räckte inte under perioden.");
        await writer.AssertAccessibleAsync();

        // A free section: the summary, which the consolidated report gathers.
        const string summary = "Nämnden följer planen och väntetiderna minskar i webbtestet.";
        await writer.Content().GetByRole(AriaRole.Link, new() { Name = "Redigera avsnittet Sammanfattning" }).ClickAsync();
        await writer.AssertAccessibleAsync();
        await writer.GetByLabel("Text", new() { Exact = true }).FillAsync(summary);
        await writer.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(writer.Locator("section.report-section", new() { HasText = "Sammanfattning" })).ToContainTextAsync(summary);

        // The economy, with a negative budget first.
        await writer.Content().GetByRole(AriaRole.Link, new() { Name = "Ange ekonomi" }).ClickAsync();
        await writer.AssertAccessibleAsync();
        await writer.GetByLabel("Årsbudget").FillAsync("-5");
        await writer.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(writer.Locator("#Input_BudgetYear-error")).ToHaveTextAsync("En budget kan inte vara negativ.");
        await writer.AssertAccessibleAsync();
        await writer.GetByLabel("Årsbudget").FillAsync("12 500");
        await writer.GetByLabel("Budget för perioden").FillAsync("5000");
        await writer.GetByLabel("Utfall för perioden").FillAsync("5250,5");
        await writer.GetByLabel("Helårsprognos").FillAsync("12900");
        await writer.GetByLabel("Kommentar till ekonomin").FillAsync("Inhyrd personal kostar mer än budgeterat.");
        await writer.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(writer.GetByRole(AriaRole.Status)).ToContainTextAsync("Ekonomin är sparad.");
        var economy = writer.Locator("section[aria-labelledby=economy]");
        await Assertions.Expect(economy.Locator("tr", new() { HasText = "Helårsprognos" }).Locator("td")).ToHaveTextAsync(new Regex(@"^12\s900$"));
        await Assertions.Expect(economy.Locator("tr", new() { HasText = "Utfall för perioden" }).Locator("td")).ToHaveTextAsync(new Regex(@"^5\s250,5$"));
        await Assertions.Expect(economy).ToContainTextAsync("Inhyrd personal kostar mer än budgeterat.");
        await writer.AssertAccessibleAsync();

        // Submitting with goals left unassessed is refused, with the goals listed.
        await writer.Content().GetByRole(AriaRole.Link, new() { Name = "Skicka in" }).ClickAsync();
        var unassessed = writer.Locator("#unassessed-goals a");
        await Assertions.Expect(unassessed.First).ToBeVisibleAsync();
        await Assertions.Expect(writer.Locator("#unassessed-goals")).Not.ToContainTextAsync(firstGoal);
        await writer.AssertAccessibleAsync();
        await writer.Content().GetByRole(AriaRole.Button, new() { Name = "Skicka in" }).ClickAsync();
        await Assertions.Expect(writer.Locator(".error-summary")).ToContainTextAsync("Rapporten kan inte skickas in förrän alla enhetens mål är bedömda.");
        await writer.AssertAccessibleAsync();
        // Each goal left, from the list, until none is.
        while (await unassessed.CountAsync() > 0)
        {
            await unassessed.First.ClickAsync();
            await writer.GetByLabel("Måluppfyllelse vid periodens slut").SelectOptionAsync(new SelectOptionValue { Label = "Uppfyllt" });
            await writer.GetByLabel("Prognos för helåret").SelectOptionAsync(new SelectOptionValue { Label = "Uppfyllt" });
            await writer.GetByLabel("Analys (orsaker)").FillAsync("Målet nås enligt indikatorerna.");
            await writer.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
            await Assertions.Expect(writer.GetByRole(AriaRole.Status)).ToContainTextAsync("är sparad.");
            await writer.Content().GetByRole(AriaRole.Link, new() { Name = "Skicka in" }).ClickAsync();
            await Assertions.Expect(writer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skicka in rapporten");
        }
        await Assertions.Expect(writer.Content()).ToContainTextAsync("När rapporten är inskickad kan den inte ändras");
        await writer.AssertAccessibleAsync();
        await writer.Content().GetByRole(AriaRole.Button, new() { Name = "Skicka in" }).ClickAsync();
        await Assertions.Expect(writer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rapporten är inskickad.");
        await Assertions.Expect(State(writer)).ToContainTextAsync("Inskickad");
        // Locked: nothing to change or submit any more.
        await Assertions.Expect(writer.Content().GetByRole(AriaRole.Link, new() { Name = "Skicka in" })).ToHaveCountAsync(0);
        await Assertions.Expect(writer.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Bedöm målet ") })).ToHaveCountAsync(0);
        await writer.AssertAccessibleAsync();

        // --- The controller finds it to review in Mina uppgifter and sends it back, forgetting the comment first.
        await Nav(controller, "Mina uppgifter").ClickAsync();
        await controller.AssertAccessibleAsync();
        await controller.Content().GetByRole(AriaRole.Link, new() { Name = $"Granska {roundTitle} ({Hsn})", Exact = true }).ClickAsync();
        await Assertions.Expect(State(controller)).ToContainTextAsync("Inskickad");
        await controller.AssertAccessibleAsync();
        await controller.Content().GetByRole(AriaRole.Link, new() { Name = "Återremittera" }).ClickAsync();
        await controller.AssertAccessibleAsync();
        await controller.Content().GetByRole(AriaRole.Button, new() { Name = "Återremittera" }).ClickAsync();
        await Assertions.Expect(controller.Locator("#Input_Comment-error")).ToHaveTextAsync("Skriv varför rapporten återremitteras.");
        await controller.AssertAccessibleAsync();
        const string returnComment = "Beskriv åtgärderna för bemanningen mer konkret.";
        await controller.GetByLabel("Kommentar till skribenten").FillAsync(returnComment);
        await controller.Content().GetByRole(AriaRole.Button, new() { Name = "Återremittera" }).ClickAsync();
        await Assertions.Expect(controller.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rapporten är återremitterad.");
        await Assertions.Expect(State(controller)).ToContainTextAsync("Återremitterad");
        await controller.AssertAccessibleAsync();

        // --- The editor has it back in Mina uppgifter, with the comment, changes the assessment and submits again.
        await Nav(writer, "Mina uppgifter").ClickAsync();
        await writer.AssertAccessibleAsync();
        await writer.Content().GetByRole(AriaRole.Link, new() { Name = $"Skriv {roundTitle} ({Hsn})", Exact = true }).ClickAsync();
        await Assertions.Expect(State(writer)).ToContainTextAsync("Återremitterad");
        await Assertions.Expect(writer.Content().GetByRole(AriaRole.Note).Filter(new() { HasText = "Rapporten är återremitterad med kommentaren:" }))
            .ToContainTextAsync(returnComment);
        await writer.AssertAccessibleAsync();
        await writer.Content().GetByRole(AriaRole.Link, new() { Name = $"Bedöm målet {firstGoal}", Exact = true }).ClickAsync();
        // The form opens with the saved assessment.
        await Assertions.Expect(writer.GetByLabel("Måluppfyllelse vid periodens slut")).ToHaveValueAsync("PartlyMet");
        await writer.GetByLabel("Föreslagna åtgärder").FillAsync("Tjugo nya sjuksköterskor anställs före sommaren.");
        await writer.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(firstCard).ToContainTextAsync("Tjugo nya sjuksköterskor anställs före sommaren.");
        // Still sent back until it is submitted again.
        await Assertions.Expect(State(writer)).ToContainTextAsync("Återremitterad");
        await writer.Content().GetByRole(AriaRole.Link, new() { Name = "Skicka in" }).ClickAsync();
        await writer.Content().GetByRole(AriaRole.Button, new() { Name = "Skicka in" }).ClickAsync();
        await Assertions.Expect(State(writer)).ToContainTextAsync("Inskickad");
        // The comment is gone once it is resubmitted (only main: the demo banner is a note too).
        await Assertions.Expect(writer.Content().GetByRole(AriaRole.Note)).ToHaveCountAsync(0);

        // --- The controller reviews it and records the committee's adoption, with a date in the future first.
        await controller.GotoAsync(reportPath!);
        await Assertions.Expect(State(controller)).ToContainTextAsync("Inskickad");
        await controller.Content().GetByRole(AriaRole.Link, new() { Name = "Markera som granskad" }).ClickAsync();
        await controller.AssertAccessibleAsync();
        await controller.Content().GetByRole(AriaRole.Button, new() { Name = "Markera som granskad" }).ClickAsync();
        await Assertions.Expect(controller.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rapporten är granskad.");
        await Assertions.Expect(State(controller)).ToContainTextAsync("Granskad");
        await controller.AssertAccessibleAsync();

        await controller.Content().GetByRole(AriaRole.Link, new() { Name = "Registrera fastställelse" }).ClickAsync();
        await controller.AssertAccessibleAsync();
        // The deciding body is offered: the committee itself.
        await Assertions.Expect(controller.GetByLabel("Beslutande organ")).ToHaveValueAsync(new Regex(".+"));
        await controller.GetByLabel("Beslutsdatum").FillAsync(Iso(Today.AddDays(5)));
        await controller.GetByLabel("Paragraf").FillAsync("§ 17");
        await controller.GetByLabel("Diarienummer").FillAsync("HSN 2026/321");
        await controller.Content().GetByRole(AriaRole.Button, new() { Name = "Registrera fastställelse" }).ClickAsync();
        await Assertions.Expect(controller.Locator(".error-summary")).ToContainTextAsync("Beslutsdatum kan inte ligga i framtiden.");
        await controller.AssertAccessibleAsync();
        await controller.GetByLabel("Beslutsdatum").FillAsync(Iso(Today));
        await controller.Content().GetByRole(AriaRole.Button, new() { Name = "Registrera fastställelse" }).ClickAsync();
        await Assertions.Expect(controller.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rapporten är fastställd.");
        await Assertions.Expect(State(controller)).ToContainTextAsync("Fastställd");
        await Assertions.Expect(State(controller)).ToContainTextAsync("§ 17");
        await Assertions.Expect(State(controller)).ToContainTextAsync("HSN 2026/321");
        await Assertions.Expect(State(controller)).ToContainTextAsync(Iso(Today));
        await Assertions.Expect(controller.Content().GetByRole(AriaRole.Link, new() { Name = "Återremittera" })).ToHaveCountAsync(0);
        await controller.AssertAccessibleAsync();

        // The report as a Word file, with the assessment's text in it.
        var reportDocx = await DownloadWordAsync(controller, controller.Content().GetByRole(AriaRole.Link, new() { Name = "Ladda ner som Word" }));
        Assert.Contains("Tjugo nya sjuksköterskor anställs före sommaren.", reportDocx);

        // --- Back on the round's dashboard: the report is adopted and the progress says so.
        await controller.Content().GetByRole(AriaRole.Link, new() { Name = $"Rapportomgång: {roundTitle}", Exact = true }).ClickAsync();
        Assert.Equal(roundUrl, controller.Url);
        await Assertions.Expect(hsnRow.Locator("td.state")).ToHaveTextAsync("Fastställd");
        await Assertions.Expect(controller.Locator("#progress li[data-state=Adopted]")).ToHaveTextAsync("Fastställd: 1");
        await controller.AssertAccessibleAsync();

        // --- The consolidated report of the round gathers the committee's summary and economy; the others are missing.
        await controller.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Sammanställd rapport: ") }).ClickAsync();
        await Assertions.Expect(controller.Content().GetByRole(AriaRole.Heading, new() { Name = Hsn, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(controller.Content()).ToContainTextAsync(summary);
        await Assertions.Expect(controller.Locator("#economy")).ToContainTextAsync(Hsn);
        await Assertions.Expect(controller.Locator("#missing")).Not.ToContainTextAsync(Hsn);
        await Assertions.Expect(controller.Locator("#missing tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(controller.Locator("svg[role=img]")).ToBeVisibleAsync();
        await controller.AssertAccessibleAsync();
        var consolidatedDocx = await DownloadWordAsync(controller, controller.Content().GetByRole(AriaRole.Link, new() { Name = "Word", Exact = true }));
        Assert.Contains(summary, consolidatedDocx);
    }

    [Fact]
    public async Task A_controller_reviews_from_Mina_uppgifter_follows_the_round_and_downloads_both_reports()
    {
        // The demo's round under way in the other organisation: one committee's report waits for review.
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.BlekingeController);
        await Nav(page, "Mina uppgifter").ClickAsync();
        var reviewTask = page.Content().Locator("li[data-kind=ReportReview] a").First;
        await Assertions.Expect(reviewTask).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var unit = Regex.Match(await reviewTask.InnerTextAsync(), @"\(([^)]+)\)$").Groups[1].Value;
        Assert.NotEqual("", unit);

        await reviewTask.ClickAsync();
        await Assertions.Expect(State(page)).ToContainTextAsync("Inskickad");
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Link, new() { Name = "Markera som granskad" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var unitDocx = await DownloadWordAsync(page, page.Content().GetByRole(AriaRole.Link, new() { Name = "Ladda ner som Word" }));
        Assert.Contains(unit, unitDocx);

        // Its round: the dashboard lists it as submitted, with the other committees in their states.
        await page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Rapportomgång: ") }).ClickAsync();
        var row = page.Locator("#round-reports tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = unit, Exact = true }) });
        await Assertions.Expect(row.Locator("td.state")).ToHaveTextAsync("Inskickad");
        await Assertions.Expect(page.Locator("#progress li[data-state=Submitted]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Påminnelser" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The consolidated report includes the submitted committee and names those still missing.
        await page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Sammanställd rapport: ") }).ClickAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Link, new() { Name = $"Hela rapporten från {unit}", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#missing tbody tr").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var consolidatedDocx = await DownloadWordAsync(page, page.Content().GetByRole(AriaRole.Link, new() { Name = "Word", Exact = true }));
        Assert.Contains(unit, consolidatedDocx);

        // The round's place in the year's cycle under Uppföljning.
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Omgångens översikt: vilka enheter som har skickat in" }).ClickAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { NameRegex = new("^Tillbaka till uppföljningen ") }).ClickAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Mina rapporter" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    /// <summary>
    /// Clicks a Word link, checks that the browser gets a .docx file that is a real Word document (a zip
    /// with word/document.xml) and returns the document's text, so that the caller can check what it says.
    /// </summary>
    private static async Task<string> DownloadWordAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        var path = await download.PathAsync();
        Assert.True(new FileInfo(path).Length > 0, $"{download.SuggestedFilename} is empty");
        using var zip = ZipFile.OpenRead(path);
        var body = zip.GetEntry("word/document.xml");
        Assert.NotNull(body);
        using var reader = new StreamReader(body.Open());
        // The runs' text without the markup, so that a sentence split over runs is found whole.
        return Regex.Replace(await reader.ReadToEndAsync(), "<[^>]+>", "");
    }
}
