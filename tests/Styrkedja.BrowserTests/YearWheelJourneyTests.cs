using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Styrkedja.BrowserTests.Infrastructure;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.BrowserTests;

/// <summary>
/// Issue 7 in the browser: the årshjul with its list and print page, a picture of the wheel in which every month
/// label really shows, meetings with their follow-up actions (in Mina uppgifter and the calendar feed of the
/// action's owner) and the year's evaluation of the process; axe on every page and every error state.
/// The demo data is relative to today, so years and dates are read from the page or computed from today, and
/// what a journey adds it removes again where other journeys could see it (the app is shared by the collection).
/// </summary>
[Collection(BrowserCollection.Name)]
public class YearWheelJourneyTests(BrowserApp app)
{
    /// <summary>The month names as the wheel should print them, January at twelve o'clock and then clockwise.</summary>
    private static readonly string[] SwedishMonths =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    /// <summary>The year the page shows, from its heading ("Årshjul 2026"), so that no test assumes which year it is.</summary>
    private static async Task<int> ShownYearAsync(IPage page)
    {
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        return int.Parse(Regex.Match(heading, @"\d{4}").Value);
    }

    private static ILocator Wheel(IPage page) => page.Locator(".wheel-figure svg[role=img]");

    [Fact]
    public async Task A_controller_reads_the_wheel_and_its_list_adds_an_item_with_a_bad_date_first_marks_it_done_and_prints_the_wheel()
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.HallandController);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Årshjul", Exact = true }).ClickAsync();
        var year = await ShownYearAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Årshjul {year}");
        await Assertions.Expect(Wheel(page)).ToBeVisibleAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Lista" })).ToBeVisibleAsync();
        // The picture and the list carry the same information: one marker per row.
        var rows = page.Locator("table.wheel-list tbody tr");
        var rowCount = await rows.CountAsync();
        Assert.True(rowCount > 0, "The demo's calendar for this year should not be empty.");
        await Assertions.Expect(Wheel(page).Locator("circle.marker")).ToHaveCountAsync(rowCount);
        await page.AssertAccessibleAsync();

        // A new item dated in another year is refused next to the date field.
        var name = $"Genomgång av årshjulet {Guid.NewGuid().ToString("N")[..8]} (webbtest)";
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Ny post" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Ny post i årshjulet {year}");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync(Iso(new DateOnly(year + 1, 1, 15)));
        await page.GetByLabel("Organ", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Regionstaben" });
        await page.GetByLabel("Syfte", new() { Exact = true }).FillAsync("Stämma av att årets steg ligger rätt.");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skapa" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Date-error")).ToHaveTextAsync($"Datumet måste ligga inom {year}.");
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var date = new DateOnly(year, 6, 15);
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync(Iso(date));
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skapa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"”{name}” har lagts till i kalendern.");
        var row = rows.Filter(new() { HasText = name });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("time")).ToHaveAttributeAsync("datetime", Iso(date));
        await Assertions.Expect(row).ToContainTextAsync("Regionstaben");
        await Assertions.Expect(Wheel(page).Locator("circle.marker")).ToHaveCountAsync(rowCount + 1);

        // Marked done: the list says so in words, and the item's marker in the wheel says so in its title.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Markera klar: {name}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"”{name}” är markerad som klar.");
        await Assertions.Expect(row.Locator(".wheel-state")).ToHaveTextAsync("✓ Klar");
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Markera ej klar: {name}" })).ToBeVisibleAsync();
        await Assertions.Expect(Wheel(page).Locator("title", new() { HasText = name })).ToContainTextAsync("Regionstaben, Klar)");
        await page.AssertAccessibleAsync();

        // The print page for the wall has the same wheel and list, without the site's menu.
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Utskrift för väggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Årshjul {year}");
        await Assertions.Expect(Wheel(page)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("table.wheel-list tbody tr")).ToHaveCountAsync(rowCount + 1);
        await Assertions.Expect(page.Locator("table.wheel-list tbody tr", new() { HasText = name })).ToContainTextAsync("Klar");
        await Assertions.Expect(Wheel(page).Locator("text.month")).ToHaveCountAsync(12);
        await page.AssertAccessibleAsync();

        // Removed again, so that the other journeys see the demo's calendar as it was.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tillbaka till årshjulet" }).ClickAsync();
        await page.Content().GetByRole(AriaRole.Link, new() { Name = $"Redigera {name}" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Datum", new() { Exact = true })).ToHaveValueAsync(Iso(date));
        await page.AssertAccessibleAsync();
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Ta bort" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"”{name}” har tagits bort ur kalendern.");
        await Assertions.Expect(rows.Filter(new() { HasText = name })).ToHaveCountAsync(0);
        await Assertions.Expect(Wheel(page).Locator("circle.marker")).ToHaveCountAsync(rowCount);
    }

    [Fact]
    public async Task A_screenshot_of_the_wheel_shows_every_month_label()
    {
        var page = await app.NewPageAsync();
        // Room for the whole wheel: its picture is at most 44rem wide.
        await page.SetViewportSizeAsync(1280, 1000);
        await page.LoginAsync(DemoUsers.HallandReader);
        await page.GotoAsync("/YearWheel");
        // A reader reads the wheel but does not plan it.
        await Assertions.Expect(Wheel(page)).ToBeVisibleAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Link, new() { Name = "Ny post" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        var wheel = Wheel(page);
        var labels = wheel.Locator("text.month");
        Assert.Equal(SwedishMonths, await labels.AllTextContentsAsync());

        var shot = DecodePng(await wheel.ScreenshotAsync());
        // The boxes after the screenshot, which scrolls the wheel into view: no scrolling happens in between.
        var box = await wheel.BoundingBoxAsync() ?? throw new InvalidOperationException("The wheel has no box.");
        Assert.True(shot.Width > 400 && shot.Height > 400, $"The wheel's picture is only {shot.Width}×{shot.Height} pixels.");
        Assert.InRange(shot.Width, Math.Floor(box.Width) - 1, Math.Ceiling(box.Width) + 1);
        Assert.InRange(shot.Height, Math.Floor(box.Height) - 1, Math.Ceiling(box.Height) + 1);
        Assert.True(shot.DistinctColours() > 10, "The wheel's picture is (almost) a single colour.");

        var boxes = new List<LocatorBoundingBoxResult>();
        for (var i = 0; i < 12; i++)
        {
            var label = labels.Nth(i);
            await Assertions.Expect(label).ToBeVisibleAsync();
            var b = await label.BoundingBoxAsync() ?? throw new InvalidOperationException($"{SwedishMonths[i]} has no box.");
            Assert.True(b.Width > 5 && b.Height > 5, $"{SwedishMonths[i]} is {b.Width}×{b.Height}.");
            Assert.True(b.X >= box.X && b.Y >= box.Y && b.X + b.Width <= box.X + box.Width && b.Y + b.Height <= box.Y + box.Height,
                $"{SwedishMonths[i]} ({b.X},{b.Y} {b.Width}×{b.Height}) lies outside the wheel ({box.X},{box.Y} {box.Width}×{box.Height}).");
            boxes.Add(b);
        }
        // No label covers another: each can be read.
        for (var i = 0; i < 12; i++)
            for (var j = i + 1; j < 12; j++)
                Assert.False(Overlap(boxes[i], boxes[j]), $"{SwedishMonths[i]} and {SwedishMonths[j]} overlap.");

        // The same picture with the month labels hidden: whatever dark text each label's box held in the
        // first picture must be the label itself, so every month name is really drawn where its box is.
        await labels.EvaluateAllAsync<int>("labels => { labels.forEach(l => l.style.visibility = 'hidden'); return labels.length; }");
        var without = DecodePng(await wheel.ScreenshotAsync());
        Assert.Equal((shot.Width, shot.Height), (without.Width, without.Height));
        for (var i = 0; i < 12; i++)
        {
            var (x, y, w, h) = ((int)(boxes[i].X - box.X), (int)(boxes[i].Y - box.Y), (int)Math.Ceiling(boxes[i].Width), (int)Math.Ceiling(boxes[i].Height));
            var shown = shot.DarkPixels(x, y, w, h);
            var hidden = without.DarkPixels(x, y, w, h);
            Assert.True(shown >= 20 && shown > hidden + 15,
                $"{SwedishMonths[i]}: {shown} dark pixels with the label, {hidden} without; the label does not show in the picture.");
        }
    }

    [Fact]
    public async Task A_controller_plans_a_meeting_with_a_missing_field_first_and_its_action_becomes_the_owners_task_and_calendar_event()
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.BlekingeController);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Möten", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Möten och dialoger {Today.Year}");
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Kommande möten" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Heading, new() { Name = "Genomförda möten" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var title = "Delårsdialog om vårdköerna (webbtest)";
        var date = Today.AddDays(10);
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Nytt möte" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Typ", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Delårsdialog" });
        await page.GetByLabel("Rubrik", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync(Iso(date));
        await page.GetByLabel("Syfte", new() { Exact = true }).FillAsync("Följa upp delårets resultat för vårdköerna.");
        await page.GetByLabel("Mål med mötet", new() { Exact = true }).FillAsync("En gemensam bild av köläget.");
        await page.GetByLabel(new Regex("^Hälso- och sjukvårdsnämnden \\(")).CheckAsync();
        // Förväntat resultat is left empty: one of the four fields every meeting must have.
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skapa" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_ExpectedResult-error")).ToHaveTextAsync("Förväntat resultat måste fyllas i.");
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Förväntat resultat måste fyllas i.");
        await Assertions.Expect(page.GetByLabel(new Regex("^Hälso- och sjukvårdsnämnden \\("))).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Förväntat resultat", new() { Exact = true }).FillAsync("Åtgärder med ansvarig och datum.");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Skapa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("#meeting-facts")).ToContainTextAsync("Delårsdialog");
        await Assertions.Expect(page.Locator("#meeting-expected")).ToHaveTextAsync("Åtgärder med ansvarig och datum.");
        await Assertions.Expect(page.Locator("#meeting-participants")).ToContainTextAsync("Hälso- och sjukvårdsnämnden");
        await page.AssertAccessibleAsync();

        // A follow-up action for the committee's editor.
        var action = "Ta fram en plan för kortare vårdköer (webbtest)";
        var due = Today.AddDays(20);
        await page.GetByLabel("Åtgärd", new() { Exact = true }).FillAsync(action);
        await page.GetByLabel("Ansvarig", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Helga Redaktör (HSN Blekinge)" });
        await page.GetByLabel("Klart senast", new() { Exact = true }).FillAsync(Iso(due));
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Lägg till åtgärd" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Åtgärden är tillagd.");
        var actionRow = page.Locator("#meeting-actions tbody tr", new() { HasText = action });
        await Assertions.Expect(actionRow).ToContainTextAsync("Helga Redaktör (HSN Blekinge)");
        await Assertions.Expect(actionRow).ToContainTextAsync("Pågår");
        await page.AssertAccessibleAsync();

        // The meeting is in its year's list.
        await page.Content().GetByRole(AriaRole.Link, new() { Name = $"Möten och dialoger {date.Year}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#upcoming-meetings").GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();

        // The owner finds the action in Mina uppgifter and in the calendar feed of her own.
        var owner = await app.NewPageAsync();
        await owner.LoginAsync(DemoUsers.BlekingeEditorHsn);
        await owner.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mina uppgifter" }).ClickAsync();
        var task = owner.Content().GetByRole(AriaRole.Link, new() { Name = $"{action} (från {title})" });
        await Assertions.Expect(task).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync();

        await owner.GotoAsync("/Calendar");
        await Assertions.Expect(owner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kalenderprenumeration");
        // Only those who plan meetings subscribe to the organisation's calendar.
        await Assertions.Expect(owner.Locator("#organisation-feed")).ToHaveCountAsync(0);
        await owner.AssertAccessibleAsync();
        await owner.Locator("#my-feed").GetByRole(AriaRole.Button, new() { NameRegex = new("^(Skapa|Förnya) adress$") }).ClickAsync();
        var address = owner.GetByLabel("Kalenderadress");
        await Assertions.Expect(address).ToHaveValueAsync(new Regex(@"/Calendar/Feed/[^/]+\.ics$"));
        await owner.AssertAccessibleAsync();
        var feed = await owner.APIRequest.GetAsync(await address.InputValueAsync());
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("text/calendar", feed.Headers["content-type"]);
        var calendar = Ical.Net.Calendar.Load(await feed.TextAsync())!;
        var actionEvent = Assert.Single(calendar.Events, e => e.Summary == $"Åtgärd: {action}");
        Assert.True(actionEvent.IsAllDay);
        Assert.Equal(due, actionEvent.DtStart!.Date);
        // The meeting too: she takes part through her committee.
        Assert.Single(calendar.Events, e => e.Summary == title);

        // She marks it done from the meeting (she takes part through her committee), and the task is gone.
        await owner.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mina uppgifter" }).ClickAsync();
        await owner.Content().GetByRole(AriaRole.Link, new() { Name = $"{action} (från {title})" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(owner.Content().GetByRole(AriaRole.Link, new() { Name = "Redigera" })).ToHaveCountAsync(0);
        await owner.AssertAccessibleAsync();
        var ownRow = owner.Locator("#meeting-actions tbody tr", new() { HasText = action });
        await ownRow.GetByRole(AriaRole.Button, new() { Name = "Markera klar" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("Åtgärden är markerad som klar.");
        await Assertions.Expect(ownRow.Locator("td.action-state")).ToHaveTextAsync(new Regex(@"^\s*Klar \d{4}-\d{2}-\d{2}\s*$"));
        await Assertions.Expect(ownRow.GetByRole(AriaRole.Button, new() { Name = "Markera klar" })).ToHaveCountAsync(0);
        await owner.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mina uppgifter" }).ClickAsync();
        await Assertions.Expect(owner.Content().GetByRole(AriaRole.Link, new() { Name = $"{action} (från {title})" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_controller_writes_the_years_evaluation_with_a_bad_month_first_and_withdraws_the_proposal_without_applying_it()
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(DemoUsers.HallandController);
        await page.GotoAsync("/YearWheel");
        var year = await ShownYearAsync(page);

        // Last year's evaluation in the demo is applied: it is read, not edited.
        await page.GotoAsync($"/YearWheel/Evaluation?year={year - 1}");
        await Assertions.Expect(page.Locator("#applied")).ToContainTextAsync("Tillämpad på mallen");
        await Assertions.Expect(page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/YearWheel?year={year}");
        await page.Content().GetByRole(AriaRole.Link, new() { Name = "Utvärdering av året" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Utvärdering av året {year}");
        await page.AssertAccessibleAsync();

        var worked = "Dialogerna hölls i tid och med bra underlag (webbtest).";
        var didNotWork = "Delårsrapporten krockade med semestrarna (webbtest).";
        await page.GetByLabel("Det här fungerade", new() { Exact = true }).FillAsync(worked);
        await page.GetByLabel("Det här fungerade inte", new() { Exact = true }).FillAsync(didNotWork);
        // A proposed change to a step of the template, with a month that does not exist.
        var change = page.Locator("fieldset.evaluation-change", new() { Has = page.Locator("legend", new() { HasText = "Ny ändring" }) }).First;
        var steps = change.GetByLabel("Steg i mallen", new() { Exact = true });
        await steps.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var step = (await steps.Locator("option:checked").InnerTextAsync()).Trim();
        await change.GetByLabel("Nya månader", new() { Exact = true }).FillAsync("13");
        await change.GetByLabel("Motivering", new() { Exact = true }).FillAsync("Mars passar bättre.");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Ange månader som nummer 1–12");
        await Assertions.Expect(change.Locator(".field-error")).ToContainTextAsync("Ange månader som nummer 1–12");
        // What was written is kept for the correction.
        await Assertions.Expect(page.GetByLabel("Det här fungerade inte", new() { Exact = true })).ToHaveValueAsync(didNotWork);
        await page.AssertAccessibleAsync();

        await change.GetByLabel("Nya månader", new() { Exact = true }).FillAsync("3");
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utvärderingen har sparats.");
        await Assertions.Expect(page.GetByLabel("Det här fungerade", new() { Exact = true })).ToHaveValueAsync(worked);
        await Assertions.Expect(page.GetByLabel("Det här fungerade inte", new() { Exact = true })).ToHaveValueAsync(didNotWork);
        var apply = page.Locator("section[aria-labelledby=apply-heading]");
        await Assertions.Expect(apply).ToContainTextAsync($"Ändra ”{step}”: månader mars");
        await Assertions.Expect(apply.GetByRole(AriaRole.Button, new() { Name = "Tillämpa på mallen" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Everyone reads the evaluation.
        var reader = await app.NewPageAsync();
        await reader.LoginAsync(DemoUsers.HallandReader);
        await reader.GotoAsync($"/YearWheel/Evaluation?year={year}");
        await Assertions.Expect(reader.Content()).ToContainTextAsync(worked);
        await Assertions.Expect(reader.Content()).ToContainTextAsync($"Ändra ”{step}”: månader mars");
        await Assertions.Expect(reader.Content().GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await reader.AssertAccessibleAsync();

        // Not applied: the template is shared by every journey. The proposal is withdrawn again, so that no
        // pending change holds on to the step; the texts stay.
        var saved = page.Locator("fieldset.evaluation-change", new() { Has = page.Locator("legend", new() { HasText = "Ändring 1" }) });
        await saved.GetByLabel("Dra tillbaka förslaget").CheckAsync();
        await page.Content().GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utvärderingen har sparats.");
        await Assertions.Expect(apply).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("fieldset.evaluation-change")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("Det här fungerade", new() { Exact = true })).ToHaveValueAsync(worked);
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    /// <summary>
    /// Just enough of PNG to read Chromium's screenshots (8-bit RGB or RGBA, not interlaced): the IDAT data
    /// inflated and its rows unfiltered, so that the test can look at the pixels themselves.
    /// </summary>
    private static Picture DecodePng(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), "Not a PNG.");
        int width = 0, height = 0, bitDepth = 0, colourType = 0, interlace = 0;
        using var compressed = new MemoryStream();
        for (var pos = 8; pos + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            var type = Encoding.ASCII.GetString(png, pos + 4, 4);
            var data = png.AsSpan(pos + 8, length);
            if (type == "IHDR")
                (width, height, bitDepth, colourType, interlace) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[8], data[9], data[12]);
            else if (type == "IDAT")
                compressed.Write(data);
            else if (type == "IEND")
                break;
            pos += 12 + length;
        }
        Assert.True(bitDepth == 8 && colourType is 2 or 6 && interlace == 0, $"Unexpected PNG: depth {bitDepth}, colour type {colourType}, interlace {interlace}.");
        var bpp = colourType == 6 ? 4 : 3;
        var stride = width * bpp;
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionMode.Decompress))
            z.CopyTo(inflated);
        var raw = inflated.ToArray();
        Assert.Equal(height * (stride + 1), raw.Length);
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int value = raw[y * (stride + 1) + 1 + x];
                int a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
                pixels[y * stride + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + (a + b) / 2,
                    4 => value + Paeth(a, b, c),
                    _ => throw new InvalidOperationException($"PNG filter {filter}"),
                });
            }
        }
        return new Picture(width, height, bpp, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private sealed record Picture(int Width, int Height, int BytesPerPixel, byte[] Pixels)
    {
        private int Luminance(int x, int y)
        {
            var i = (y * Width + x) * BytesPerPixel;
            return (Pixels[i] * 299 + Pixels[i + 1] * 587 + Pixels[i + 2] * 114) / 1000;
        }

        /// <summary>Pixels as dark as the labels' near-black text (anti-aliased edges partly count) in a region, clipped to the picture.</summary>
        public int DarkPixels(int x, int y, int w, int h)
        {
            var count = 0;
            for (var py = Math.Max(0, y); py < Math.Min(Height, y + h); py++)
                for (var px = Math.Max(0, x); px < Math.Min(Width, x + w); px++)
                    if (Luminance(px, py) < 100)
                        count++;
            return count;
        }

        public int DistinctColours()
        {
            var colours = new HashSet<int>();
            for (var i = 0; i < Pixels.Length; i += BytesPerPixel)
                colours.Add(Pixels[i] << 16 | Pixels[i + 1] << 8 | Pixels[i + 2]);
            return colours.Count;
        }
    }
}
