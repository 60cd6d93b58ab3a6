using System.Net;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Organisation.OrganisationTestData;

namespace Styrkedja.Web.Tests.Features.Organisation;

/// <summary>Editing a unit's grunduppdrag: who may, what is stored and audited, and concurrent edits.</summary>
public class MissionEditingTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Fact]
    public async Task The_editor_of_a_committee_edits_its_grunduppdrag_and_the_change_is_audited_on_the_unit()
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var form = await editor.GetDocumentAsync($"/Organisation/Mission/{hsn.Id}");
        Assert.Contains("Hälso- och sjukvårdslagen", form.QuerySelector("#Input_LawsAndDocuments")!.TextContent);
        Assert.Equal("markdown-hint", form.QuerySelector("#Input_Purpose")!.GetAttribute("aria-describedby"));

        var response = await editor.SubmitFormAsync($"/Organisation/Mission/{hsn.Id}", new()
        {
            ["Input.Purpose"] = "Nämnden ser till att **alla** hallänningar får god vård.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Organisation/Details/{hsn.Id}", response.Headers.Location!.OriginalString);
        var mission = await app.MissionAsync(DemoUsers.Halland, hsn.Id);
        Assert.Equal("Nämnden ser till att **alla** hallänningar får god vård.", mission!.Purpose);
        Assert.StartsWith("- Hälso- och sjukvårdslagen", mission.LawsAndDocuments);
        var history = await app.UnitHistoryAsync(DemoUsers.Halland, hsn.Id);
        var change = Assert.Single(history, a => a.EntityType == "BasicMission" && a.Action == AuditAction.Modified);
        Assert.Contains("Hanna Redaktör", change.UserName);
        Assert.Contains("alla", change.After);
    }

    [Fact]
    public async Task An_editor_may_write_the_grunduppdrag_of_a_unit_below_the_committee_and_it_is_created()
    {
        var hospital = await app.UnitAsync(DemoUsers.Halland, "Hallands sjukhus");
        Assert.Null(await app.MissionAsync(DemoUsers.Halland, hospital.Id));
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await editor.SubmitFormAsync($"/Organisation/Mission/{hospital.Id}", new()
        {
            ["Input.Purpose"] = "Länets akutsjukvård.", ["Input.TargetGroupsAndPartners"] = "Patienter",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mission = await app.MissionAsync(DemoUsers.Halland, hospital.Id);
        Assert.Equal("Länets akutsjukvård.", mission!.Purpose);
        Assert.Equal("Patienter", mission.TargetGroupsAndPartners);
        Assert.Contains(await app.UnitHistoryAsync(DemoUsers.Halland, hospital.Id),
            a => a.EntityType == "BasicMission" && a.Action == AuditAction.Added);
    }

    [Fact]
    public async Task The_editor_of_one_committee_gets_403_on_another_committees_grunduppdrag_even_with_a_crafted_post()
    {
        var run = await app.UnitAsync(DemoUsers.Halland, Run);
        var before = await app.MissionAsync(DemoUsers.Halland, run.Id);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync($"/Organisation/Mission/{run.Id}")).StatusCode);
        var crafted = await editor.CraftedPostAsync($"/Organisation/Mission/{run.Id}", new()
        {
            ["Input.Purpose"] = "Kapat grunduppdrag", ["Input.Version"] = before!.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Equal(before.Purpose, (await app.MissionAsync(DemoUsers.Halland, run.Id))!.Purpose);
    }

    [Fact]
    public async Task A_reader_gets_403_on_the_grunduppdrag_form_and_its_post()
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        var before = await app.MissionAsync(DemoUsers.Halland, hsn.Id);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Http.GetAsync($"/Organisation/Mission/{hsn.Id}")).StatusCode);
        var crafted = await reader.CraftedPostAsync($"/Organisation/Mission/{hsn.Id}", new()
        {
            ["Input.Purpose"] = "Läsarens version", ["Input.Version"] = before!.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Equal(before.Version, (await app.MissionAsync(DemoUsers.Halland, hsn.Id))!.Version);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        var before = await app.MissionAsync(DemoUsers.Halland, hsn.Id);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await editor.PostAsync($"/Organisation/Mission/{hsn.Id}", new Dictionary<string, string>
        {
            ["Input.Purpose"] = "Utan token", ["Input.Version"] = before!.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before.Version, (await app.MissionAsync(DemoUsers.Halland, hsn.Id))!.Version);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_and_overwrites_nothing()
    {
        var run = await app.UnitAsync(DemoUsers.Halland, Run);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorRun);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var url = $"/Organisation/Mission/{run.Id}";
        var (_, editorForm) = await editor.ReadFormAsync(url);
        var (_, controllerForm) = await controller.ReadFormAsync(url);

        var saved = await controller.PostAsync(url, controllerForm.With("Input.Purpose", "Controllerns text"));
        var refused = await editor.PostAsync(url, editorForm.With("Input.Purpose", "Redaktörens text"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains("Grunduppdraget har ändrats av Carl Controller (Halland) kl.", page.QuerySelector("#error-summary")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#error-summary a[href='{url}']"));
        Assert.Equal("Redaktörens text", page.QuerySelector("#Input_Purpose")!.TextContent);
        Assert.Equal("Controllerns text", (await app.MissionAsync(DemoUsers.Halland, run.Id))!.Purpose);
    }

    [Fact]
    public async Task Two_people_writing_a_first_grunduppdrag_at_once_do_not_overwrite_each_other()
    {
        var ktn = await app.UnitAsync(DemoUsers.Halland, "Kollektivtrafiknämnden");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var url = $"/Organisation/Mission/{ktn.Id}";
        var (_, adminForm) = await admin.ReadFormAsync(url);
        var (_, controllerForm) = await controller.ReadFormAsync(url);

        var saved = await admin.PostAsync(url, adminForm.With("Input.Purpose", "Administratörens text"));
        var refused = await controller.PostAsync(url, controllerForm.With("Input.Purpose", "Controllerns text"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains("Grunduppdraget har ändrats av Anna Admin (Halland)", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("Administratörens text", (await app.MissionAsync(DemoUsers.Halland, ktn.Id))!.Purpose);
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused_next_to_its_field()
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        var before = await app.MissionAsync(DemoUsers.Halland, hsn.Id);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await editor.SubmitFormAsync($"/Organisation/Mission/{hsn.Id}", new()
        {
            ["Input.OrganisationAndManagement"] = new string('x', 20001),
        });

        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Organisation och ledning får vara högst 20000 tecken.", page.QuerySelector("#Input_OrganisationAndManagement-error")!.TextContent);
        Assert.Equal("markdown-hint Input_OrganisationAndManagement-error",
            page.QuerySelector("#Input_OrganisationAndManagement")!.GetAttribute("aria-describedby"));
        Assert.Equal(before!.Version, (await app.MissionAsync(DemoUsers.Halland, hsn.Id))!.Version);
    }
}
