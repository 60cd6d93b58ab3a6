using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Oversight;
using Styrkedja.Web.Tests.Features.Reports;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.GovernanceModel;

/// <summary>/GovernanceModel/ReportTypes: the report cycle settings.</summary>
public class ReportTypesTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Halland = DemoUsers.Halland;
    private const string List = "/GovernanceModel/ReportTypes";

    [Fact]
    public async Task The_list_shows_the_models_cycle_with_swedish_month_names_and_writers()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var page = await admin.GetDocumentAsync(List);
        var row = page.QuerySelectorAll("#report-types tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Månadsuppföljning");
        Assert.Equal("februari, maj, oktober", row.QuerySelector(".months")!.TextContent);
        Assert.Contains("Månadsrapport", row.TextContent);
        Assert.NotNull((await admin.GetDocumentAsync("/GovernanceModel")).QuerySelector($"a[href='{List}']"));
    }

    [Fact]
    public async Task An_administrator_creates_a_type_with_checked_months_and_it_is_audited_with_script_encoded()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var name = "Kvartalsrapport <script>x</script>";
        var response = await admin.SubmitFormValuesAsync($"{List}/Create",
            [new("Input.Name", name), new("Input.Months", "9"), new("Input.Months", "3"), new("Input.Writers", "CommitteesAndAdministrations"), new("Input.DueDays", "30")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (type, audited) = await app.WithDbAsync(Halland, async db =>
        {
            var type = await db.ReportTypes.SingleAsync(t => t.Name == name);
            return (type, await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ReportType) && a.EntityId == type.Id.ToString() && a.Action == AuditAction.Added));
        });
        Assert.Equal("3,9", type.Months);
        Assert.Equal(ReportWriters.CommitteesAndAdministrations, type.Writers);
        Assert.Equal(30, type.DueDays);
        Assert.True(audited);
        var html = await admin.Http.GetStringAsync(List);
        Assert.DoesNotContain("<script>x</script>", html);
        Assert.Contains("mars, september", html);
    }

    [Fact]
    public async Task No_month_and_due_days_outside_1_to_120_are_refused_next_to_the_fields()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var response = await admin.SubmitFormValuesAsync($"{List}/Create",
            [new("Input.Name", "Utan månader"), new("Input.DueDays", "121")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Välj minst en månad.", page.QuerySelector("#Input_Months-error")!.TextContent);
        Assert.Contains("mellan 1 och 120", page.QuerySelector("#Input_DueDays-error")!.TextContent);
        Assert.False(await app.WithDbAsync(Halland, db => db.ReportTypes.AnyAsync(t => t.Name == "Utan månader")));
    }

    [Fact]
    public async Task Two_administrators_editing_the_same_type_conflict_and_the_first_save_stands()
    {
        var type = await app.AddTypeAsync(Halland);
        var url = $"{List}/Edit/{type.Id}";
        using var first = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var second = await app.LoginAsync(DemoUsers.HallandAdmin);
        var (action, stale) = await second.ReadFormAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync(url, new() { ["Input.DueDays"] = "40" })).StatusCode);
        var response = await second.PostAsync(action, stale.With("Input.DueDays", "50"));
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("har ändrats av", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal(40, (await app.WithDbAsync(Halland, db => db.ReportTypes.AsNoTracking().SingleAsync(t => t.Id == type.Id))).DueDays);
    }

    [Fact]
    public async Task A_type_with_rounds_cannot_be_deleted_and_an_unused_one_can()
    {
        var used = await app.AddTypeAsync(Halland);
        await app.OpenRoundAsync(Halland, used, 3, app.Today());
        var unused = await app.AddTypeAsync(Halland);
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var refused = await admin.GetDocumentAsync($"{List}/Delete/{used.Id}");
        Assert.Contains("kan inte tas bort", refused.QuerySelector("#refusal")!.TextContent);
        var token = await admin.AntiforgeryTokenAsync($"{List}/Create");
        var crafted = await admin.PostAsync($"{List}/Delete/{used.Id}", [new("__RequestVerificationToken", token), new("Version", used.Version.ToString())]);
        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"{List}/Delete/{unused.Id}", [])).StatusCode);
        var left = await app.WithDbAsync(Halland, db => db.ReportTypes.Where(t => t.Id == used.Id || t.Id == unused.Id).Select(t => t.Id).ToListAsync());
        Assert.Equal([used.Id], left);
    }

    [Theory]
    [InlineData(DemoUsers.HallandController)]
    [InlineData(DemoUsers.HallandEditorHsn)]
    public async Task Others_than_administrators_get_403_even_with_a_crafted_post(string email)
    {
        var type = await app.AddTypeAsync(Halland);
        using var client = await app.LoginAsync(email);
        await client.GetDocumentAsync(List, HttpStatusCode.Forbidden);
        var token = await AdminTestData.TokenOfNonAdministratorAsync(client, email);
        var crafted = await client.PostAsync($"{List}/Edit/{type.Id}",
            [new("__RequestVerificationToken", token), new("Input.Name", "Kapad"), new("Input.Months", "1"), new("Input.DueDays", "5")]);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Equal(type.Name, (await app.WithDbAsync(Halland, db => db.ReportTypes.AsNoTracking().SingleAsync(t => t.Id == type.Id))).Name);
    }

    [Fact]
    public async Task Another_organisations_type_is_not_found()
    {
        var type = await app.AddTypeAsync(Halland);
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeAdmin);
        await blekinge.GetDocumentAsync($"{List}/Edit/{type.Id}", HttpStatusCode.NotFound);
    }
}
