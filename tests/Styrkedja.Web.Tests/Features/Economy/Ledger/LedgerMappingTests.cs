using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Ledger;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Economy.Ledger;

/// <summary>/Economy/Ledger/Mapping: objects to units, account ranges to budget lines, standard charts.</summary>
public class LedgerMappingTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Page = "/Economy/Ledger/Mapping";

    private static async Task<string?> ErrorAsync(HttpResponseMessage response, string id)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await AppClient.ParseAsync(response)).QuerySelector($"#{id}-error")?.TextContent.Trim();
    }

    [Fact]
    public async Task An_administrator_maps_an_object_to_a_unit_and_the_same_code_twice_is_refused()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var unit = await app.UnitIdAsync(DemoUsers.Halland, "Psykiatrinämnden");
        var fields = new Dictionary<string, string?> { ["NewObject.Code"] = "P-77", ["NewObject.UnitId"] = unit.ToString() };

        var response = await admin.SubmitFormAsync($"{Page}?code=P-77", fields, "form.add-object");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mapping = await app.WithDbAsync(DemoUsers.Halland, db => db.LedgerObjectMappings.SingleAsync(m => m.ObjectCode == "P-77"));
        Assert.Equal((1, unit), (mapping.Dimension, mapping.OrgUnitId));
        Assert.Equal("Objektet P-77 är redan kopplat.",
            await ErrorAsync(await admin.SubmitFormAsync(Page, fields, "form.add-object"), "NewObject_Code"));
        Assert.Equal("Kopplingarna använder dimension 1; ta bort dem först för att byta dimension.",
            await ErrorAsync(await admin.SubmitFormAsync(Page, new() { ["NewObject.Code"] = "X", ["NewObject.Dimension"] = "6" }, "form.add-object"), "NewObject_Dimension"));
        Assert.Equal("Välj en enhet.",
            await ErrorAsync(await admin.SubmitFormAsync(Page, new() { ["NewObject.Code"] = "Y", ["NewObject.UnitId"] = "999999" }, "form.add-object"), "NewObject_UnitId"));
    }

    [Fact]
    public async Task The_dry_runs_link_prefills_the_object_code()
    {
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var page = await controller.GetDocumentAsync($"{Page}?code=Nord");

        Assert.Equal("Nord", page.QuerySelector("#NewObject_Code")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Account_ranges_must_run_forwards_not_overlap_and_name_a_line()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var line = await app.WithDbAsync(DemoUsers.Halland, db => db.BudgetLines.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());

        Assert.Equal("Till-kontot kan inte vara lägre än från-kontot.", await ErrorAsync(await admin.SubmitFormAsync(Page,
            new() { ["NewAccount.From"] = "9500", ["NewAccount.To"] = "9400", ["NewAccount.LineId"] = line.ToString() }, "form.add-account"), "NewAccount_To"));
        Assert.StartsWith("Intervallet överlappar 5000–5999", await ErrorAsync(await admin.SubmitFormAsync(Page,
            new() { ["NewAccount.From"] = "5500", ["NewAccount.To"] = "9100", ["NewAccount.LineId"] = line.ToString() }, "form.add-account"), "NewAccount_From"));
        Assert.Equal("Välj en budgetrad.", await ErrorAsync(await admin.SubmitFormAsync(Page,
            new() { ["NewAccount.From"] = "9100", ["NewAccount.To"] = "9199", ["NewAccount.LineId"] = "0" }, "form.add-account"), "NewAccount_LineId"));

        var saved = await admin.SubmitFormAsync(Page,
            new() { ["NewAccount.From"] = "9100", ["NewAccount.To"] = "9199", ["NewAccount.LineId"] = line.ToString() }, "form.add-account");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db => db.AccountMappings.AnyAsync(m => m.FromAccount == 9100 && m.ToAccount == 9199)));
    }

    [Fact]
    public async Task A_standard_chart_replaces_the_ranges_and_reuses_lines_by_name()
    {
        using var admin = await app.LoginAsync(DemoUsers.BlekingeAdmin);
        var linesBefore = await app.WithDbAsync(DemoUsers.Blekinge, db => db.BudgetLines.CountAsync());

        var response = await admin.SubmitFormAsync(Page, new() { ["Chart"] = "bas" }, "form.chart");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ranges = await app.WithDbAsync(DemoUsers.Blekinge, db => db.AccountMappings.Include(m => m.BudgetLine).OrderBy(m => m.FromAccount)
            .Select(m => new { m.FromAccount, m.ToAccount, m.BudgetLine!.Name }).ToListAsync());
        Assert.Equal(LedgerChart.Bas.Ranges.Select(r => new { FromAccount = r.From, ToAccount = r.To, Name = r.Line }), ranges);
        // Kommun-Bas (the demo's chart) and BAS share Personalkostnader, Avskrivningar and Övriga kostnader.
        Assert.Equal(linesBefore + 4, await app.WithDbAsync(DemoUsers.Blekinge, db => db.BudgetLines.CountAsync()));

        Assert.Equal("Välj en kontoplan.", await ErrorAsync(await admin.SubmitFormAsync(Page, new() { ["Chart"] = "okänd" }, "form.chart"), "Chart"));
    }

    [Fact]
    public async Task A_removal_of_a_mapping_changed_meanwhile_is_refused_with_a_message()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var (action, values) = await admin.ReadFormAsync(Page, "table.ledger-objects form");
        await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var id = int.Parse(values.Single(v => v.Key == "id").Value);
            var mapping = await db.LedgerObjectMappings.SingleAsync(m => m.Id == id);
            mapping.ObjectCode += "-ändrad";
            return await db.SaveChangesAsync();
        });

        var response = await admin.PostAsync(action, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("har ändrats av", (await AppClient.ParseAsync(response)).QuerySelector(".error-summary")?.TextContent);
    }

    [Theory]
    [InlineData(DemoUsers.HallandReader)]
    [InlineData(DemoUsers.HallandEditorHsn)]
    public async Task Others_read_the_mappings_but_may_not_change_them(string email)
    {
        using var client = await app.LoginAsync(email);

        var page = await client.GetDocumentAsync(Page);
        Assert.NotEmpty(page.QuerySelectorAll("table.ledger-accounts tbody tr"));
        Assert.Null(page.QuerySelector("main form"));

        var token = await client.AntiforgeryTokenAsync(Page);
        var response = await client.PostAsync($"{Page}?handler=AddLine", [new("NewLine", "Obehörig"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(DemoUsers.Halland, db => db.BudgetLines.AnyAsync(l => l.Name == "Obehörig")));
    }
}
