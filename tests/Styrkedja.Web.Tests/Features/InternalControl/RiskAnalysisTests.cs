using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.InternalControl;

/// <summary>/InternalControl and a unit's risk analysis: the matrix, its table, who sees what, and carrying last year's risks.</summary>
public class RiskAnalysisTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly int Year = RiskTestData.ThisYear;

    [Fact]
    public async Task Every_matrix_cell_lists_exactly_the_numbers_of_its_risks_and_the_table_lists_every_risk()
    {
        const string unitName = "Kultur och skola";
        await app.AddRiskAsync(DemoUsers.Halland, unitName, Year, "Matrisprov A", 3, 4);
        await app.AddRiskAsync(DemoUsers.Halland, unitName, Year, "Matrisprov B", 3, 4);
        await app.AddRiskAsync(DemoUsers.Halland, unitName, Year, "Matrisprov C", 1, 1);
        await app.AddRiskAsync(DemoUsers.Halland, unitName, Year, "Matrisprov D", 4, 4);
        var unit = await app.UnitAsync(DemoUsers.Halland, unitName);
        var risks = (await app.RisksAsync(DemoUsers.Halland, unit.Id, Year)).ToDictionary(r => r.Id);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var page = await controller.GetDocumentAsync($"/InternalControl/Risks?unit={unit.Id}&year={Year}");

        var rows = page.QuerySelectorAll("table.risk-table tbody tr").ToList();
        Assert.Equal(risks.Count, rows.Count);
        var numberOf = rows.ToDictionary(
            r => int.Parse(r.QuerySelector("th a")!.GetAttribute("href")!.Split('/')[^1]),
            r => int.Parse(r.QuerySelector("td")!.TextContent));
        Assert.Equal(1, numberOf[risks.Values.Single(r => r.Title == "Matrisprov D").Id]);
        var svg = page.QuerySelector("svg.risk-matrix[role=img]")!;
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.Contains("Matrisprov A", svg.QuerySelector("desc")!.TextContent);
        Assert.Empty(svg.QuerySelectorAll("a"));
        var cells = svg.QuerySelectorAll("g.cell").ToList();
        Assert.Equal(16, cells.Count);
        foreach (var cell in cells)
        {
            var p = int.Parse(cell.GetAttribute("data-probability")!);
            var c = int.Parse(cell.GetAttribute("data-consequence")!);
            var expected = risks.Values.Where(r => r.Probability == p && r.Consequence == c).Select(r => numberOf[r.Id]).Order().ToList();
            var shown = cell.GetAttribute("data-risks")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Order().ToList();
            Assert.Equal(expected, shown);
            Assert.All(expected, n => Assert.Contains(n.ToString(), cell.TextContent));
        }
        var top = cells.Single(c => c.GetAttribute("data-probability") == "4" && c.GetAttribute("data-consequence") == "4");
        Assert.Contains("16 Mycket hög", top.TextContent);
        var rowD = rows.Single(r => r.TextContent.Contains("Matrisprov D"));
        Assert.Contains("4 – Sannolik", rowD.TextContent);
        Assert.Contains("4 – Allvarlig", rowD.TextContent);
        Assert.Contains("16 Mycket hög", rowD.TextContent);
        Assert.NotNull(rowD.QuerySelector("li"));
    }

    [Fact]
    public async Task An_hsn_editor_cannot_see_or_change_the_traffic_committees_risks_even_with_crafted_requests()
    {
        var tn = await app.UnitAsync(DemoUsers.Blekinge, "Trafiknämnden");
        var hsn = await app.UnitAsync(DemoUsers.Blekinge, "Hälso- och sjukvårdsnämnden");
        var risk = await app.AddRiskAsync(DemoUsers.Blekinge, "Trafiknämnden", Year, "Trafiknämndens egen risk", 2, 2);
        using var editor = await app.LoginAsync(DemoUsers.BlekingeEditorHsn);
        var token = await editor.AntiforgeryTokenAsync($"/InternalControl/Risks?unit={hsn.Id}&year={Year}");
        var crafted = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Title"] = "Kapad", ["Input.Probability"] = "1",
            ["Input.Consequence"] = "1", ["Input.Version"] = risk.Version.ToString(),
        };

        foreach (var url in new[]
        {
            $"/InternalControl/Risks?unit={tn.Id}&year={Year}", $"/InternalControl/Risks/Details/{risk.Id}",
            $"/InternalControl/Risks/Edit/{risk.Id}", $"/InternalControl/Risks/Create?unit={tn.Id}&year={Year}",
        })
            Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync(url)).StatusCode);
        foreach (var url in new[]
        {
            $"/InternalControl/Risks/Edit/{risk.Id}", $"/InternalControl/Risks/Edit/{risk.Id}?handler=Delete",
            $"/InternalControl/Risks/Create?unit={tn.Id}&year={Year}", $"/InternalControl/Risks?handler=CarryOver&unit={tn.Id}&year={Year}",
        })
            Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync(url, crafted)).StatusCode);

        Assert.Equal("Trafiknämndens egen risk", (await app.RiskAsync(DemoUsers.Blekinge, risk.Id))!.Title);
        Assert.Empty(await app.WithDbAsync(DemoUsers.Blekinge, db => db.Risks.Where(r => r.Title == "Kapad").ToListAsync()));
        var start = await editor.GetDocumentAsync($"/InternalControl?year={Year}");
        Assert.Null(start.GetElementById($"unit-{tn.Id}"));
        Assert.NotNull(start.GetElementById($"unit-{hsn.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync($"/InternalControl/Risks?unit={hsn.Id}&year={Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Http.GetAsync("/InternalControl/Risks/Edit/999999")).StatusCode);
    }

    [Fact]
    public async Task A_reader_with_an_organisation_wide_grant_reads_every_unit_but_changes_nothing()
    {
        var tn = await app.UnitAsync(DemoUsers.Blekinge, "Trafiknämnden");
        var risk = await app.AddRiskAsync(DemoUsers.Blekinge, "Trafiknämnden", Year, "Läsbar risk", 3, 2);
        using var reader = await app.LoginAsync(DemoUsers.BlekingeReader);

        var start = await reader.GetDocumentAsync($"/InternalControl?year={Year}");
        var analysis = await reader.GetDocumentAsync($"/InternalControl/Risks?unit={tn.Id}&year={Year}");
        var details = await reader.GetDocumentAsync($"/InternalControl/Risks/Details/{risk.Id}");

        Assert.NotNull(start.GetElementById($"unit-{tn.Id}"));
        Assert.Equal(await app.WithDbAsync(DemoUsers.Blekinge, db => db.OrgUnits.CountAsync(u =>
            u.ClosedOn == null && (u.Kind == Web.Domain.OrgUnitKind.Styrelse || u.Kind == Web.Domain.OrgUnitKind.Namnd || u.Kind == Web.Domain.OrgUnitKind.Forvaltning))),
            start.QuerySelectorAll("table.risk-units tbody tr").Length);
        Assert.NotNull(start.QuerySelector("a[href^='/InternalControl/ControlPlans']"));
        Assert.NotNull(analysis.GetElementById($"risk-{risk.Id}"));
        Assert.Null(analysis.QuerySelector("#carry-over-form"));
        Assert.Equal("Läsbar risk", details.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Http.GetAsync($"/InternalControl/Risks/Edit/{risk.Id}")).StatusCode);
    }

    [Fact]
    public async Task Carrying_over_copies_last_years_risks_once_with_their_origin_and_shows_their_history()
    {
        const string unitName = "Kultur och bildning";
        var unit = await app.UnitAsync(DemoUsers.Blekinge, unitName);
        var old = await app.AddRiskAsync(DemoUsers.Blekinge, unitName, Year - 1, "Fjolårets risk", 4, 3);
        var alreadyCarried = (await app.RisksAsync(DemoUsers.Blekinge, unit.Id, Year)).Select(r => r.CarriedFromId).ToHashSet();
        var expected = (await app.RisksAsync(DemoUsers.Blekinge, unit.Id, Year - 1)).Where(r => !alreadyCarried.Contains(r.Id)).ToList();
        var before = (await app.RisksAsync(DemoUsers.Blekinge, unit.Id, Year)).Count;
        using var controller = await app.LoginAsync(DemoUsers.BlekingeController);
        var url = $"/InternalControl/Risks?unit={unit.Id}&year={Year}";

        var first = await controller.SubmitFormAsync(url, new(), "#carry-over-form");
        var afterFirst = await app.RisksAsync(DemoUsers.Blekinge, unit.Id, Year);
        var second = await controller.SubmitFormAsync(url, new(), "#carry-over-form");
        var afterSecond = await app.RisksAsync(DemoUsers.Blekinge, unit.Id, Year);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(before + expected.Count, afterFirst.Count);
        Assert.Equal(afterFirst.Count, afterSecond.Count);
        var copy = afterFirst.Single(r => r.CarriedFromId == old.Id);
        Assert.Equal(("Fjolårets risk", 4, 3), (copy.Title, copy.Probability, copy.Consequence));
        Assert.Equal(expected.Select(r => r.Id).Order(), afterFirst.Where(r => r.CarriedFromId != null && !alreadyCarried.Contains(r.CarriedFromId))
            .Select(r => r.CarriedFromId!.Value).Order());

        var details = await controller.GetDocumentAsync($"/InternalControl/Risks/Details/{copy.Id}");
        var history = details.QuerySelectorAll("table.risk-history tbody tr").ToList();
        Assert.Single(history);
        Assert.Contains((Year - 1).ToString(), history[0].QuerySelector("th")!.TextContent);
        Assert.Contains("12 Mycket hög", history[0].TextContent);
    }

    [Fact]
    public async Task The_demo_has_risks_carried_from_last_year_with_changed_values()
    {
        var carried = await app.WithDbAsync(DemoUsers.Halland, db => db.Risks.AsNoTracking().Include(r => r.CarriedFrom!.PlanningYear)
            .Where(r => r.CarriedFromId != null && r.PlanningYear!.Year == Year).ToListAsync());

        Assert.NotEmpty(carried);
        Assert.Contains(carried, r => r.Value != r.CarriedFrom!.Value);
        Assert.All(carried, r => Assert.Equal(Year - 1, r.CarriedFrom!.PlanningYear!.Year));
    }
}
