using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Organisation.OrganisationTestData;

namespace Styrkedja.Web.Tests.Features.Organisation;

/// <summary>The administrator's work on the tree: create, rename, move, close and reopen units.</summary>
public class UnitAdministrationTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private Task<int> UnitCountAsync() => app.WithDbAsync(DemoUsers.Halland, db => db.OrgUnits.CountAsync());

    [Fact]
    public async Task The_administrator_creates_a_unit_whose_path_continues_its_parents()
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var form = await admin.GetDocumentAsync($"/Organisation/Create?parent={hsn.Id}");
        Assert.Equal(hsn.Id.ToString(), form.QuerySelector("#Input_ParentId option[selected]")!.GetAttribute("value"));

        var response = await admin.SubmitFormAsync($"/Organisation/Create?parent={hsn.Id}", new()
        {
            ["Input.Name"] = "  Tandvården Halland ", ["Input.Kind"] = "Forvaltning",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.UnitAsync(DemoUsers.Halland, "Tandvården Halland");
        Assert.Equal($"/Organisation/Details/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(OrgUnitKind.Forvaltning, created.Kind);
        Assert.Equal(hsn.Id, created.ParentId);
        Assert.Equal($"{hsn.Path}{created.Id}/", created.Path);
        Assert.Contains(await app.UnitHistoryAsync(DemoUsers.Halland, created.Id),
            a => a.Action == AuditAction.Added && a.UserName.Contains("Anna Admin"));
        // The editor of the committee now covers the new unit through the path.
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync($"/Organisation/Mission/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_empty_name_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        var before = await UnitCountAsync();
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var create = await admin.SubmitFormAsync($"/Organisation/Create?parent={hsn.Id}", new()
        {
            ["Input.Name"] = "   ", ["Input.Kind"] = "Enhet",
        });
        var edit = await admin.SubmitFormAsync($"/Organisation/Edit/{hsn.Id}", new() { ["Input.Name"] = "" });

        foreach (var response in new[] { create, edit })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await AppClient.ParseAsync(response);
            Assert.Equal("Namn måste fyllas i.", page.QuerySelector("#Input_Name-error")!.TextContent);
            Assert.Equal("Input_Name-error", page.QuerySelector("#Input_Name")!.GetAttribute("aria-describedby"));
            Assert.Contains("Namn måste fyllas i.", page.QuerySelector("#error-summary")!.TextContent);
        }
        Assert.Equal(before, await UnitCountAsync());
        Assert.Equal(Hsn, (await app.UnitAsync(DemoUsers.Halland, hsn.Id)).Name);
    }

    [Fact]
    public async Task A_second_top_unit_and_a_combined_kind_are_refused()
    {
        var before = await UnitCountAsync();
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync("/Organisation/Create", new()
        {
            ["Input.Name"] = "Ett andra fullmäktige", ["Input.Kind"] = "6", ["Input.ParentId"] = "",
        });

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("Organisationen har redan en översta enhet (Regionfullmäktige)", page.QuerySelector("#Input_ParentId-error")!.TextContent);
        Assert.Equal("Välj en av typerna i listan.", page.QuerySelector("#Input_Kind-error")!.TextContent);
        Assert.Equal(before, await UnitCountAsync());
    }

    [Fact]
    public async Task The_administrator_renames_a_unit_and_changes_its_kind()
    {
        var rs = await app.UnitAsync(DemoUsers.Halland, "Regionstyrelsen");
        var unit = await app.AddUnitAsync(DemoUsers.Halland, rs.Id, "Regionservice");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync($"/Organisation/Edit/{unit.Id}", new()
        {
            ["Input.Name"] = "Regionservice Halland", ["Input.Kind"] = "Forvaltning",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.UnitAsync(DemoUsers.Halland, unit.Id);
        Assert.Equal(("Regionservice Halland", OrgUnitKind.Forvaltning), (stored.Name, stored.Kind));
        var change = Assert.Single(await app.UnitHistoryAsync(DemoUsers.Halland, unit.Id),
            a => a.Action == AuditAction.Modified && a.After!.Contains("Regionservice Halland"));
        Assert.Contains("\"Name\":\"Regionservice\"", change.Before);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_renames_is_refused_and_overwrites_nothing()
    {
        var rs = await app.UnitAsync(DemoUsers.Halland, "Regionstyrelsen");
        var unit = await app.AddUnitAsync(DemoUsers.Halland, rs.Id, "Kommunikationsavdelningen");
        using var first = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var second = await app.LoginAsync(DemoUsers.HallandAdmin);
        var url = $"/Organisation/Edit/{unit.Id}";
        var (_, firstForm) = await first.ReadFormAsync(url);
        var (_, secondForm) = await second.ReadFormAsync(url);

        var saved = await first.PostAsync(url, firstForm.With("Input.Name", "Kommunikation"));
        var refused = await second.PostAsync(url, secondForm.With("Input.Name", "Kommunikationsstaben"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains("Enheten har ändrats av Anna Admin (Halland) kl.", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("Kommunikationsstaben", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("Kommunikation", (await app.UnitAsync(DemoUsers.Halland, unit.Id)).Name);
    }

    [Fact]
    public async Task Moving_a_unit_moves_its_subtree_and_every_path_is_rewritten_and_audited()
    {
        var rs = await app.UnitAsync(DemoUsers.Halland, "Regionstyrelsen");
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        var a = await app.AddUnitAsync(DemoUsers.Halland, rs.Id, "Flytt A", OrgUnitKind.Forvaltning);
        var b = await app.AddUnitAsync(DemoUsers.Halland, a.Id, "Flytt B");
        var c = await app.AddUnitAsync(DemoUsers.Halland, b.Id, "Flytt C", OrgUnitKind.Enhet);
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync($"/Organisation/Move/{a.Id}", new() { ["Input.ParentId"] = hsn.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (movedA, movedB, movedC) = (await app.UnitAsync(DemoUsers.Halland, a.Id),
            await app.UnitAsync(DemoUsers.Halland, b.Id), await app.UnitAsync(DemoUsers.Halland, c.Id));
        Assert.Equal(hsn.Id, movedA.ParentId);
        Assert.Equal($"{hsn.Path}{a.Id}/", movedA.Path);
        Assert.Equal($"{hsn.Path}{a.Id}/{b.Id}/", movedB.Path);
        Assert.Equal($"{hsn.Path}{a.Id}/{b.Id}/{c.Id}/", movedC.Path);
        Assert.Equal(a.Id, movedB.ParentId);
        foreach (var unit in new[] { a, b, c })
            Assert.Contains(await app.UnitHistoryAsync(DemoUsers.Halland, unit.Id),
                e => e.Action == AuditAction.Modified && e.After!.Contains($"\"Path\":\"{hsn.Path}"));
        // Moved under the committee, the subtree is now within its editor's rights.
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync($"/Organisation/Mission/{c.Id}")).StatusCode);
    }

    [Fact]
    public async Task Moving_a_unit_under_itself_its_descendant_or_a_closed_unit_is_refused_and_changes_nothing()
    {
        var rs = await app.UnitAsync(DemoUsers.Halland, "Regionstyrelsen");
        var a = await app.AddUnitAsync(DemoUsers.Halland, rs.Id, "Cirkel A", OrgUnitKind.Forvaltning);
        var b = await app.AddUnitAsync(DemoUsers.Halland, a.Id, "Cirkel B");
        var closed = await app.AddUnitAsync(DemoUsers.Halland, rs.Id, "Stängd enhet");
        await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            (await db.OrgUnits.SingleAsync(u => u.Id == closed.Id)).ClosedOn = new DateOnly(2025, 12, 31);
            return await db.SaveChangesAsync();
        });
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var form = await admin.GetDocumentAsync($"/Organisation/Move/{a.Id}");
        var offered = form.QuerySelectorAll("#Input_ParentId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(a.Id.ToString(), offered);
        Assert.DoesNotContain(b.Id.ToString(), offered);
        Assert.DoesNotContain(closed.Id.ToString(), offered);
        Assert.Contains(rs.Id.ToString(), offered);

        foreach (var (target, message) in new[]
                 {
                     (a.Id, "En enhet kan inte flyttas in under sig själv eller någon av sina underliggande enheter."),
                     (b.Id, "En enhet kan inte flyttas in under sig själv eller någon av sina underliggande enheter."),
                     (closed.Id, "Stängd enhet är avvecklad och kan inte få nya underliggande enheter."),
                 })
        {
            var response = await admin.SubmitFormAsync($"/Organisation/Move/{a.Id}", new() { ["Input.ParentId"] = target.ToString() });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await AppClient.ParseAsync(response);
            Assert.Equal(message, page.QuerySelector("#Input_ParentId-error")!.TextContent);
        }

        var (storedA, storedB) = (await app.UnitAsync(DemoUsers.Halland, a.Id), await app.UnitAsync(DemoUsers.Halland, b.Id));
        Assert.Equal((rs.Id, a.Path, a.Version), (storedA.ParentId!.Value, storedA.Path, storedA.Version));
        Assert.Equal(b.Path, storedB.Path);
    }

    [Fact]
    public async Task Closing_a_unit_with_open_children_is_refused()
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync($"/Organisation/Close/{hsn.Id}", new() { ["Input.ClosedOn"] = "2026-03-01" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Avveckla underliggande enheter först", summary);
        Assert.Contains("Hallands sjukhus", summary);
        Assert.Null((await app.UnitAsync(DemoUsers.Halland, hsn.Id)).ClosedOn);
    }

    [Fact]
    public async Task A_closed_unit_keeps_its_goals_shows_as_closed_is_no_parent_any_more_and_can_be_reopened()
    {
        var rs = await app.UnitAsync(DemoUsers.Halland, "Regionstyrelsen");
        var unit = await app.AddUnitAsync(DemoUsers.Halland, rs.Id, "Projektkontoret", OrgUnitKind.Forvaltning);
        var goalId = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var goal = new Goal
            {
                OrganisationId = unit.OrganisationId, Title = "Projektkontorets mål", OwnerUnitId = unit.Id,
                PlanningYearId = (await db.PlanningYears.SingleAsync(y => y.Year == DateTime.Now.Year)).Id,
                LevelId = (await db.GoalLevels.SingleAsync(l => l.Name == "Nämndsmål")).Id,
            };
            db.Goals.Add(goal);
            await db.SaveChangesAsync();
            return goal.Id;
        });
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var closeForm = await admin.GetDocumentAsync($"/Organisation/Close/{unit.Id}");
        Assert.Equal(DateTime.Now.ToString("yyyy-MM-dd"), closeForm.QuerySelector("#Input_ClosedOn")!.GetAttribute("value"));

        var closed = await admin.SubmitFormAsync($"/Organisation/Close/{unit.Id}", new() { ["Input.ClosedOn"] = "2026-03-01" });

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(new DateOnly(2026, 3, 1), (await app.UnitAsync(DemoUsers.Halland, unit.Id)).ClosedOn);
        var tree = await admin.GetDocumentAsync("/Organisation");
        var node = tree.QuerySelector($"main .tree a[href='/Organisation/Details/{unit.Id}']")!.ParentElement!;
        Assert.Equal("Avvecklad 2026-03-01", node.QuerySelector(".tag.closed")!.TextContent);
        var hidden = await admin.GetDocumentAsync("/Organisation?hideClosed=true");
        Assert.Empty(hidden.QuerySelectorAll($"main .tree a[href='/Organisation/Details/{unit.Id}']"));
        Assert.NotEmpty(hidden.QuerySelectorAll($"main .tree a[href='/Organisation/Details/{rs.Id}']"));
        var createForm = await admin.GetDocumentAsync("/Organisation/Create");
        Assert.DoesNotContain(createForm.QuerySelectorAll("#Input_ParentId option"), o => o.GetAttribute("value") == unit.Id.ToString());
        var goalPage = await admin.GetDocumentAsync($"/Goals/Details/{goalId}");
        Assert.Equal("Projektkontoret", goalPage.QuerySelector($"main a[href='/Organisation/Details/{unit.Id}']")!.TextContent);
        var details = await admin.GetDocumentAsync($"/Organisation/Details/{unit.Id}");
        Assert.Contains("Avvecklad 2026-03-01", details.QuerySelector("dl.facts")!.TextContent);
        Assert.NotNull(details.QuerySelector($"main a[href='/Goals/Details/{goalId}']"));

        var reopened = await admin.SubmitFormAsync($"/Organisation/Close/{unit.Id}", new());

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Null((await app.UnitAsync(DemoUsers.Halland, unit.Id)).ClosedOn);
        Assert.Equal(3, (await app.UnitHistoryAsync(DemoUsers.Halland, unit.Id)).Count(e => e.Action == AuditAction.Modified));
    }

    [Fact]
    public async Task A_unit_reopens_only_under_an_open_parent()
    {
        var rs = await app.UnitAsync(DemoUsers.Halland, "Regionstyrelsen");
        var parent = await app.AddUnitAsync(DemoUsers.Halland, rs.Id, "Nedlagd förvaltning", OrgUnitKind.Forvaltning);
        var child = await app.AddUnitAsync(DemoUsers.Halland, parent.Id, "Nedlagd verksamhet");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/Organisation/Close/{child.Id}", new())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/Organisation/Close/{parent.Id}", new())).StatusCode);

        var response = await admin.SubmitFormAsync($"/Organisation/Close/{child.Id}", new());

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("Återöppna den överordnade enheten Nedlagd förvaltning först.", page.QuerySelector("#error-summary")!.TextContent);
        Assert.NotNull((await app.UnitAsync(DemoUsers.Halland, child.Id)).ClosedOn);
    }

    [Fact]
    public async Task Closing_a_unit_someone_else_closed_meanwhile_is_refused_and_the_page_shows_it_closed()
    {
        var rs = await app.UnitAsync(DemoUsers.Halland, "Regionstyrelsen");
        var unit = await app.AddUnitAsync(DemoUsers.Halland, rs.Id, "Utredningsenheten", OrgUnitKind.Enhet);
        using var first = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var second = await app.LoginAsync(DemoUsers.HallandAdmin);
        var url = $"/Organisation/Close/{unit.Id}";
        var (_, firstForm) = await first.ReadFormAsync(url);
        var (_, secondForm) = await second.ReadFormAsync(url);

        var saved = await first.PostAsync(url, firstForm.With("Input.ClosedOn", "2026-06-30"));
        var refused = await second.PostAsync(url, secondForm.With("Input.ClosedOn", "2026-12-31"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains("Enheten har ändrats av Anna Admin (Halland)", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("Återöppna enhet", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(new DateOnly(2026, 6, 30), (await app.UnitAsync(DemoUsers.Halland, unit.Id)).ClosedOn);
    }

    [Theory]
    [InlineData(DemoUsers.HallandController)]
    [InlineData(DemoUsers.HallandEditorHsn)]
    [InlineData(DemoUsers.HallandReader)]
    public async Task Only_administrators_change_the_tree_even_with_crafted_posts(string user)
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        var rs = await app.UnitAsync(DemoUsers.Halland, "Regionstyrelsen");
        var leaf = await app.UnitAsync(DemoUsers.Halland, "Vårdcentralen Falkenberg");
        var before = await UnitCountAsync();
        using var client = await app.LoginAsync(user);

        foreach (var url in new[] { $"/Organisation/Create?parent={hsn.Id}", $"/Organisation/Edit/{hsn.Id}",
                     $"/Organisation/Move/{hsn.Id}", $"/Organisation/Close/{leaf.Id}" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(url)).StatusCode);
        var version = hsn.Version.ToString();
        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ("/Organisation/Create", new() { ["Input.Name"] = "Kapad enhet", ["Input.Kind"] = "Enhet", ["Input.ParentId"] = hsn.Id.ToString() }),
            ($"/Organisation/Edit/{hsn.Id}", new() { ["Input.Name"] = "Kapad", ["Input.Kind"] = "Namnd", ["Input.Version"] = version }),
            ($"/Organisation/Move/{hsn.Id}", new() { ["Input.ParentId"] = rs.Id.ToString(), ["Input.Version"] = version }),
            ($"/Organisation/Close/{leaf.Id}", new() { ["Input.ClosedOn"] = "2026-01-01", ["Input.Version"] = leaf.Version.ToString() }),
        };
        foreach (var (url, fields) in posts)
            Assert.Equal(HttpStatusCode.Forbidden, (await client.CraftedPostAsync(url, fields)).StatusCode);

        Assert.Equal(before, await UnitCountAsync());
        var stored = await app.UnitAsync(DemoUsers.Halland, hsn.Id);
        Assert.Equal((Hsn, hsn.Path, hsn.Version), (stored.Name, stored.Path, stored.Version));
        Assert.Null((await app.UnitAsync(DemoUsers.Halland, leaf.Id)).ClosedOn);
    }

    [Fact]
    public async Task An_administrators_post_without_antiforgery_token_is_rejected()
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.PostAsync($"/Organisation/Edit/{hsn.Id}", new Dictionary<string, string>
        {
            ["Input.Name"] = "Utan token", ["Input.Kind"] = "Namnd", ["Input.Version"] = hsn.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Hsn, (await app.UnitAsync(DemoUsers.Halland, hsn.Id)).Name);
    }
}
