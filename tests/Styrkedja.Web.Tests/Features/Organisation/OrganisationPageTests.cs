using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Organisation.OrganisationTestData;

namespace Styrkedja.Web.Tests.Features.Organisation;

/// <summary>Reading the organisation: the unit tree and a unit's page.</summary>
public class OrganisationPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Fact]
    public async Task The_tree_shows_the_units_of_the_logged_in_organisation_only()
    {
        var hospital = await app.UnitAsync(DemoUsers.Halland, "Hallands sjukhus");
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync("/Organisation");

        var links = page.QuerySelectorAll("main .tree a").Select(a => a.TextContent).ToList();
        Assert.Contains("Regionfullmäktige", links);
        Assert.Contains("Hälso- och sjukvårdsnämnden", links);
        Assert.Contains("Vårdcentralen Falkenberg", links);
        Assert.DoesNotContain("Blekingetrafiken AB", links);
        Assert.DoesNotContain("Primärvårdsförvaltningen", links);
        var hospitalNode = page.QuerySelector($"main .tree a[href='/Organisation/Details/{hospital.Id}']")!.ParentElement!;
        Assert.Equal("Förvaltning", hospitalNode.QuerySelector(".tag")!.TextContent);
        // The hospital hangs under the committee: its list item is nested in the committee's.
        var committeeItem = page.QuerySelectorAll("main .tree li").Single(li => li.FirstElementChild!.TextContent.Contains(Hsn));
        Assert.Contains(committeeItem.QuerySelectorAll("a"), a => a.TextContent == "Hallands sjukhus");
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Only_administrators_are_offered_a_new_unit()
    {
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var readerPage = await reader.GetDocumentAsync("/Organisation");
        var adminPage = await admin.GetDocumentAsync("/Organisation");

        Assert.Empty(readerPage.QuerySelectorAll("main a[href='/Organisation/Create']"));
        Assert.Equal("Ny enhet", adminPage.QuerySelector("main a[href='/Organisation/Create']")!.TextContent);
    }

    [Fact]
    public async Task A_unit_page_shows_its_grunduppdrag_place_in_the_tree_and_goals()
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        var rf = await app.UnitAsync(DemoUsers.Halland, "Regionfullmäktige");
        var goalId = await app.WithDbAsync(DemoUsers.Halland, db => db.Goals
            .Where(g => g.Title == "Fler patienter får besök inom vårdgarantin" && g.PlanningYear!.Year == DateTime.Now.Year).Select(g => g.Id).SingleAsync());
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync($"/Organisation/Details/{hsn.Id}");

        Assert.Equal(Hsn, page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Regionfullmäktige", page.QuerySelector($"dl.facts a[href='/Organisation/Details/{rf.Id}']")!.TextContent);
        var headings = page.QuerySelectorAll("section h3").Select(h => h.TextContent).ToList();
        Assert.Contains("Varför finns vi och vilka behov möter vi", headings);
        Assert.Contains("Målgrupper och samverkanspartner", headings);
        // The Markdown list of laws is rendered as a list, and emphasis as emphasis.
        Assert.Contains(page.QuerySelectorAll("main .markdown li"), li => li.TextContent == "Hälso- och sjukvårdslagen (2017:30)");
        Assert.Equal("(Exempeldata.)", page.QuerySelector("main .markdown em")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.TextContent == "Hallands sjukhus");
        Assert.Equal("Fler patienter får besök inom vårdgarantin", page.QuerySelector($"main a[href='/Goals/Details/{goalId}']")!.TextContent);
        Assert.NotNull(page.QuerySelector($"main a[href='/Audit/History?type=OrgUnit&id={hsn.Id}']"));
        // A reader may read but not change anything.
        Assert.Empty(page.QuerySelectorAll($"main a[href^='/Organisation/Mission/'], main a[href^='/Organisation/Edit/']"));
    }

    [Fact]
    public async Task Buttons_follow_the_users_rights()
    {
        var hsn = await app.UnitAsync(DemoUsers.Halland, Hsn);
        var run = await app.UnitAsync(DemoUsers.Halland, Run);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var own = await editor.GetDocumentAsync($"/Organisation/Details/{hsn.Id}");
        var other = await editor.GetDocumentAsync($"/Organisation/Details/{run.Id}");
        var adminPage = await admin.GetDocumentAsync($"/Organisation/Details/{run.Id}");

        Assert.NotNull(own.QuerySelector($"main a[href='/Organisation/Mission/{hsn.Id}']"));
        Assert.Empty(own.QuerySelectorAll($"main a[href='/Organisation/Edit/{hsn.Id}']"));
        Assert.Empty(other.QuerySelectorAll($"main a[href='/Organisation/Mission/{run.Id}']"));
        foreach (var href in new[] { "Mission", "Edit", "Move", "Close" }.Select(p => $"/Organisation/{p}/{run.Id}"))
            Assert.NotNull(adminPage.QuerySelector($"main a[href='{href}']"));
    }

    [Fact]
    public async Task Another_organisations_unit_is_not_found()
    {
        var blekinge = await app.UnitAsync(DemoUsers.Blekinge, "Trafiknämnden");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        foreach (var page in new[] { "Details", "Mission", "Edit", "Move", "Close" })
            Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/Organisation/{page}/{blekinge.Id}")).StatusCode);
        var crafted = await admin.CraftedPostAsync($"/Organisation/Edit/{blekinge.Id}", new()
        {
            ["Input.Name"] = "Kapad", ["Input.Kind"] = "Namnd", ["Input.Version"] = blekinge.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.NotFound, crafted.StatusCode);
        var mission = await admin.CraftedPostAsync($"/Organisation/Mission/{blekinge.Id}", new() { ["Input.Purpose"] = "Kapad" });
        Assert.Equal(HttpStatusCode.NotFound, mission.StatusCode);
        Assert.Equal("Trafiknämnden", (await app.UnitAsync(DemoUsers.Blekinge, blekinge.Id)).Name);
    }

    [Fact]
    public async Task Script_in_a_name_or_in_grunduppdrag_comes_back_harmless()
    {
        var unit = await app.UnitAsync(DemoUsers.Halland, "Psykiatrinämnden");
        const string evilName = "<script>alert('namn')</script> Psykiatrinämnden";
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        await admin.SubmitFormAsync($"/Organisation/Edit/{unit.Id}", new() { ["Input.Name"] = evilName });
        await admin.SubmitFormAsync($"/Organisation/Mission/{unit.Id}", new()
        {
            ["Input.Purpose"] = "Vi finns <script>alert(1)</script> för **patienterna**.",
            ["Input.LawsAndDocuments"] = "[länk](javascript:alert(2))",
        });

        var response = await admin.Http.GetAsync($"/Organisation/Details/{unit.Id}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await AppClient.ParseAsync(html);

        Assert.Equal(evilName, page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal("patienterna", page.QuerySelector("main .markdown strong")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript"));
        Assert.Contains("&lt;script&gt;", html);
        var tree = await admin.GetDocumentAsync("/Organisation");
        Assert.Empty(tree.QuerySelectorAll("script"));
        Assert.Contains(tree.QuerySelectorAll("main .tree a"), a => a.TextContent == evilName);
    }
}
