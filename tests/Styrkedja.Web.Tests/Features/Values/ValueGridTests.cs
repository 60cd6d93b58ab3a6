using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Values.ValueTestData;

namespace Styrkedja.Web.Tests.Features.Values;

/// <summary>
/// The value grid through its real form. Each test uses its own year, so values of one test never
/// show up as changes in another's save (the grid lists every indicator the unit reports).
/// </summary>
public class ValueGridTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string GridForm = "#value-grid";

    private async Task<string> GridUrlAsync(int year, int month, string unit = Hsn) =>
        $"/Values?unit={await app.UnitIdAsync(unit)}&year={year}&month={month}";

    [Fact]
    public async Task Editor_enters_values_for_its_unit_and_they_are_stored_and_audited()
    {
        var tertial = await app.IndicatorAsync("Andel besök inom vårdgarantin", Periodicity.Tertial);
        var monthly = await app.IndicatorAsync("Antal vårdtillfällen", Periodicity.Month, i => { i.MeasureUnit = "antal"; i.Decimals = 0; });
        var url = await GridUrlAsync(2021, 4);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var grid = await client.GetDocumentAsync(url);

        var response = await client.SubmitFormAsync(url, new()
        {
            [CellOf(grid, tertial) + ".Value"] = "81,5",
            [CellOf(grid, tertial) + ".Comment"] = "Färre läkare under januari",
            [CellOf(grid, monthly) + ".Value"] = "1 234",
        }, GridForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
        var after = await client.GetDocumentAsync(url);
        Assert.Contains("2 värden sparade.", after.QuerySelector(".alert-ok")!.TextContent);
        var stored = Assert.Single(await app.ValuesAsync(tertial));
        Assert.Equal((2021, 1, 81.5m, "Färre läkare under januari", IndicatorSource.Manual),
            (stored.Year, stored.Period, stored.Value!.Value, stored.Comment, stored.Source));
        var count = Assert.Single(await app.ValuesAsync(monthly));
        Assert.Equal((4, 1234m), (count.Period, count.Value!.Value));
        Assert.Equal("81,5", after.QuerySelector($"#{CellOf(after, tertial).Replace('[', '_').Replace(']', '_')}_Value")!.GetAttribute("value"));
        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.EntityType == nameof(IndicatorValue) && a.SubjectId == tertial.ToString()).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditAction.Added && a.UserName.Contains("Hanna"));
    }

    [Fact]
    public async Task Bad_cells_get_a_message_next_to_them_keep_the_typed_text_and_nothing_is_written()
    {
        var share = await app.IndicatorAsync("Andel nöjda patienter", Periodicity.Tertial);
        var count = await app.IndicatorAsync("Antal remisser", Periodicity.Tertial, i => { i.MeasureUnit = "antal"; i.Decimals = 0; });
        var fine = await app.IndicatorAsync("Andel digitala besök", Periodicity.Tertial);
        var url = await GridUrlAsync(2022, 8);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var grid = await client.GetDocumentAsync(url);

        var response = await client.SubmitFormAsync(url, new()
        {
            [CellOf(grid, count) + ".Value"] = "många",
            [CellOf(grid, share) + ".Value"] = "170",
            [CellOf(grid, fine) + ".Value"] = "42,5",
        }, GridForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        string IdOf(int indicator) => CellOf(page, indicator).Replace('[', '_').Replace(']', '_') + "_Value";
        var countInput = page.QuerySelector("#" + IdOf(count))!;
        Assert.Equal("många", countInput.GetAttribute("value"));
        Assert.Equal("true", countInput.GetAttribute("aria-invalid"));
        Assert.Equal(IdOf(count) + "-error", countInput.GetAttribute("aria-describedby"));
        Assert.Contains("”många” är inte ett tal", page.QuerySelector($"#{IdOf(count)}-error")!.TextContent);
        Assert.Contains("högre än det högsta tillåtna", page.QuerySelector($"#{IdOf(share)}-error")!.TextContent);
        Assert.Equal("170", page.QuerySelector("#" + IdOf(share))!.GetAttribute("value"));
        Assert.Equal("42,5", page.QuerySelector("#" + IdOf(fine))!.GetAttribute("value"));
        Assert.Null(page.QuerySelector($"#{IdOf(fine)}-error"));
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Empty(await app.ValuesAsync(fine));
        Assert.Empty(await app.ValuesAsync(share));
    }

    [Fact]
    public async Task A_percentage_over_100_alone_is_refused_by_the_writer_next_to_its_cell()
    {
        var share = await app.IndicatorAsync("Andel återinskrivna", Periodicity.Tertial);
        var fine = await app.IndicatorAsync("Andel vaccinerade", Periodicity.Tertial);
        var url = await GridUrlAsync(2023, 12);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var grid = await client.GetDocumentAsync(url);

        var response = await client.SubmitFormAsync(url, new()
        {
            [CellOf(grid, share) + ".Value"] = "100,5",
            [CellOf(grid, fine) + ".Value"] = "12",
        }, GridForm);

        var page = await AppClient.ParseAsync(response);
        var id = CellOf(page, share).Replace('[', '_').Replace(']', '_') + "_Value";
        Assert.Contains("högre än det högsta tillåtna värdet 100,0 %", page.QuerySelector($"#{id}-error")!.TextContent);
        Assert.Empty(await app.ValuesAsync(fine));
    }

    [Fact]
    public async Task A_crafted_post_for_another_committees_unit_is_forbidden()
    {
        var indicator = await app.IndicatorAsync("Antal nya företag", Periodicity.Month, reportedBy: Run);
        var url = await GridUrlAsync(2021, 5);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var (action, values) = await client.ReadFormAsync(url, GridForm);
        values.RemoveAll(v => v.Key == "Unit");
        values.Add(new("Unit", (await app.UnitIdAsync(Run)).ToString()));
        values.AddRange([new("Cells[99].IndicatorId", indicator.ToString()), new("Cells[99].Period", "5"),
            new("Cells[99].Gender", "Total"), new("Cells[99].Value", "7")]);

        var response = await client.PostAsync(action, values);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await app.ValuesAsync(indicator));
    }

    [Fact]
    public async Task A_reader_sees_the_grid_read_only_and_a_crafted_post_is_forbidden()
    {
        var indicator = await app.IndicatorAsync("Andel patienter med vårdplan", Periodicity.Month);
        await app.ValueAsync(indicator, 2024, 6, 64.5m);
        var url = await GridUrlAsync(2024, 6);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await reader.GetDocumentAsync(url);

        var row = RowOf(page, indicator);
        Assert.Contains("64,5", row.TextContent);
        Assert.Empty(page.QuerySelectorAll("#value-grid input, #value-grid button"));
        var response = await reader.PostAsync(url, [
            new("__RequestVerificationToken", await reader.AntiforgeryTokenAsync(url)),
            new("Unit", (await app.UnitIdAsync(Hsn)).ToString()), new("Year", "2024"), new("Month", "6"),
            new("Cells[0].IndicatorId", indicator.ToString()), new("Cells[0].Period", "6"),
            new("Cells[0].Gender", "Total"), new("Cells[0].Value", "1")]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(64.5m, Assert.Single(await app.ValuesAsync(indicator)).Value);
    }

    [Fact]
    public async Task Only_indicators_whose_period_ends_in_the_month_are_shown()
    {
        var tertial = await app.IndicatorAsync("Andel operationer inom 90 dagar", Periodicity.Tertial);
        var monthly = await app.IndicatorAsync("Antal akutbesök", Periodicity.Month);
        var yearly = await app.IndicatorAsync("Sjukfrånvaro", Periodicity.Year);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var april = await client.GetDocumentAsync(await GridUrlAsync(2021, 4));
        var march = await client.GetDocumentAsync(await GridUrlAsync(2021, 3));
        var december = await client.GetDocumentAsync(await GridUrlAsync(2021, 12));

        Assert.Contains("T1 2021", RowOf(april, tertial).TextContent);
        Assert.Contains("april 2021", RowOf(april, monthly).TextContent);
        Assert.Empty(april.QuerySelectorAll($"a[href='/Indicators/Details/{yearly}']"));
        Assert.Empty(march.QuerySelectorAll($"a[href='/Indicators/Details/{tertial}']"));
        Assert.NotNull(RowOf(march, monthly));
        Assert.Contains("T3 2021", RowOf(december, tertial).TextContent);
        Assert.Contains("2021", RowOf(december, yearly).TextContent);
    }

    [Fact]
    public async Task An_indicator_by_gender_has_rows_for_total_women_and_men()
    {
        var indicator = await app.IndicatorAsync("Andel rökfria", Periodicity.HalfYear, i => i.ByGender = true);
        var url = await GridUrlAsync(2022, 6);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var grid = await client.GetDocumentAsync(url);

        Assert.Equal(3, grid.QuerySelectorAll($"#value-grid a[href='/Indicators/Details/{indicator}']").Length);
        Assert.Contains("Värde för Andel rökfria, H1 2022 (kvinnor)",
            grid.QuerySelector($"input[name='{CellOf(grid, indicator, Gender.Women)}.Value']")!.GetAttribute("aria-label"));
        var response = await client.SubmitFormAsync(url, new()
        {
            [CellOf(grid, indicator) + ".Value"] = "80",
            [CellOf(grid, indicator, Gender.Women) + ".Value"] = "82",
            [CellOf(grid, indicator, Gender.Men) + ".Value"] = "78",
        }, GridForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([(Gender.Total, 80m), (Gender.Women, 82m), (Gender.Men, 78m)],
            (await app.ValuesAsync(indicator)).Select(v => (v.Gender, v.Value!.Value)));
    }

    [Fact]
    public async Task Two_users_saving_the_same_cell_the_second_gets_the_conflict_and_the_first_value_stays()
    {
        var indicator = await app.IndicatorAsync("Andel läkemedelsgenomgångar", Periodicity.Month);
        await app.ValueAsync(indicator, 2023, 2, 40m);
        var url = await GridUrlAsync(2023, 2);
        using var first = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var second = await app.LoginAsync(DemoUsers.HallandController);
        var (firstAction, firstValues) = await first.ReadFormAsync(url, GridForm);
        var (secondAction, secondValues) = await second.ReadFormAsync(url, GridForm);
        var cell = CellOf(await first.GetDocumentAsync(url), indicator) + ".Value";

        firstValues.RemoveAll(v => v.Key == cell);
        firstValues.Add(new(cell, "50"));
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(firstAction, firstValues)).StatusCode);
        secondValues.RemoveAll(v => v.Key == cell);
        secondValues.Add(new(cell, "60"));
        var response = await second.PostAsync(secondAction, secondValues);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        var id = cell.Replace('[', '_').Replace(']', '_').Replace('.', '_');
        Assert.Contains("har ändrats av Hanna", page.QuerySelector($"#{id}-error")!.TextContent);
        Assert.Equal("60", page.QuerySelector("#" + id)!.GetAttribute("value"));
        Assert.Equal(50m, Assert.Single(await app.ValuesAsync(indicator)).Value);
    }

    [Fact]
    public async Task Status_against_the_target_and_trend_against_the_previous_period_are_shown_as_text()
    {
        var met = await app.IndicatorAsync("Andel i tid till cancerbehandling", Periodicity.Month);
        var close = await app.IndicatorAsync("Andel utskrivna inom en dag", Periodicity.Month);
        var notMet = await app.IndicatorAsync("Väntetid i dagar", Periodicity.Month,
            i => { i.MeasureUnit = "dagar"; i.Direction = IndicatorDirection.LowerIsBetter; });
        await app.TargetAsync(met, 2024, 90m);
        await app.TargetAsync(close, 2024, 50m);                 // the organisation's target …
        await app.TargetAsync(close, 2024, 90m, Hsn);            // … loses to the unit's own
        await app.TargetAsync(notMet, 2024, 30m);
        await app.ValueAsync(met, 2023, 12, 80m);
        await app.ValueAsync(met, 2024, 1, 92m);
        await app.ValueAsync(close, 2024, 1, 87m);
        await app.ValueAsync(notMet, 2023, 12, 35m);
        await app.ValueAsync(notMet, 2024, 1, 45m);
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync(await GridUrlAsync(2024, 1));

        Assert.Contains("Uppfyllt", RowOf(page, met).QuerySelector(".status-met")!.TextContent);
        Assert.Contains("bättre än föregående period", RowOf(page, met).TextContent);
        Assert.Contains("december 2023: 80,0 %", RowOf(page, met).TextContent);
        Assert.Contains("Nära målvärdet", RowOf(page, close).QuerySelector(".status-close")!.TextContent);
        Assert.Contains("90,0 %", RowOf(page, close).TextContent);
        Assert.Contains("Ej uppfyllt", RowOf(page, notMet).QuerySelector(".status-notmet")!.TextContent);
        Assert.Contains("sämre än föregående period", RowOf(page, notMet).TextContent);
    }

    [Fact]
    public async Task A_unit_of_another_organisation_is_not_found()
    {
        using var client = await app.LoginAsync(DemoUsers.BlekingeEditorHsn);
        await client.GetDocumentAsync(await GridUrlAsync(2024, 1), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var indicator = await app.IndicatorAsync("Antal inläggningar", Periodicity.Month);
        var url = await GridUrlAsync(2022, 2);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var (action, values) = await client.ReadFormAsync(url, GridForm);
        values.RemoveAll(v => v.Key == "__RequestVerificationToken");
        var cell = CellOf(await client.GetDocumentAsync(url), indicator) + ".Value";
        values.RemoveAll(v => v.Key == cell);
        values.Add(new(cell, "5"));

        var response = await client.PostAsync(action, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.ValuesAsync(indicator));
    }

    [Fact]
    public async Task Script_typed_in_a_comment_comes_back_encoded()
    {
        var indicator = await app.IndicatorAsync("Andel fallprevention", Periodicity.Month);
        var url = await GridUrlAsync(2023, 7);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var cell = CellOf(await client.GetDocumentAsync(url), indicator);
        await client.SubmitFormAsync(url, new() { [cell + ".Value"] = "3", [cell + ".Comment"] = "<script>alert(1)</script>" }, GridForm);

        var html = await client.Http.GetStringAsync(url);

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var page = await AppClient.ParseAsync(html);
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector($"input[name='{cell}.Comment']")!.GetAttribute("value"));
    }
}
