using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Demo;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.GovernanceModel;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Users;

public class UserTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private Task<AppUser?> UserAsync(string email) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email));

    private Task<List<RoleGrant>> GrantsAsync(string organisation, string userId) =>
        app.WithDbAsync(organisation, db => db.RoleGrants.AsNoTracking().Include(g => g.OrgUnit).Where(g => g.UserId == userId).ToListAsync());

    private Task<int> UserCountAsync() => app.WithDbAsync(DemoUsers.Halland, db => db.Users.CountAsync());

    [Fact]
    public async Task Administrator_lists_only_the_users_of_its_own_organisation_with_their_grants()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var page = await admin.GetDocumentAsync("/Users");

        var rows = page.QuerySelectorAll("main tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim());
        Assert.Contains("Anna Admin (Halland)", rows.Keys);
        Assert.DoesNotContain(rows.Keys, name => name.Contains("Blekinge"));
        Assert.Contains("Redaktör: Hälso- och sjukvårdsnämnden", rows["Hanna Redaktör (HSN Halland)"].TextContent);
        Assert.Contains("Läsare: hela organisationen", rows["Lisa Läsare (Halland)"].TextContent);
        Assert.Contains("lasare@halland.demo", rows["Lisa Läsare (Halland)"].TextContent);
    }

    [Fact]
    public async Task A_created_user_with_a_password_can_log_in_and_their_grant_works()
    {
        var tn = await app.UnitIdAsync(DemoUsers.Blekinge, "Trafiknämnden");
        var hsnGoal = await app.WithDbAsync(DemoUsers.Blekinge, db => db.Goals.Where(g => g.OwnerUnit!.Name == "Hälso- och sjukvårdsnämnden")
            .Select(g => g.Id).FirstAsync());
        using var admin = await app.LoginAsync(DemoUsers.BlekingeAdmin);

        var response = await admin.SubmitFormAsync("/Users/Create", new()
        {
            ["Input.DisplayName"] = "Nora Ny (TN Blekinge)", ["Input.Email"] = "nora.ny@blekinge.demo",
            ["Input.Password"] = DemoSeeder.Password, ["Grant.Role"] = "Editor", ["Grant.UnitId"] = tn.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await app.WithDbAsync(DemoUsers.Blekinge, db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "nora.ny@blekinge.demo"));
        var grant = Assert.Single(await GrantsAsync(DemoUsers.Blekinge, user.Id));
        Assert.Equal((Role.Editor, tn), (grant.Role, grant.OrgUnitId));
        using var nora = await app.LoginAsync("nora.ny@blekinge.demo");
        var home = await nora.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll("main li"), li => li.TextContent == "Redaktör: Trafiknämnden");
        Assert.Equal(HttpStatusCode.OK, (await nora.Http.GetAsync("/Goals/Create?year=" + DateTime.Now.Year)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nora.Http.GetAsync($"/Goals/Edit/{hsnGoal}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nora.Http.GetAsync("/Users")).StatusCode);
        var audit = await app.WithDbAsync(DemoUsers.Blekinge, db => db.AuditEntries
            .Where(a => a.Action == AuditAction.Added && (a.EntityId == user.Id || a.EntityId == grant.Id.ToString()))
            .Select(a => a.EntityType).ToListAsync());
        Assert.Contains("AppUser", audit);
        Assert.Contains("RoleGrant", audit);
    }

    [Fact]
    public async Task A_user_without_a_password_can_log_in_only_through_OIDC()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        await admin.SubmitFormAsync("/Users/Create", new()
        {
            ["Input.DisplayName"] = "Olle Oidc", ["Input.Email"] = "olle.oidc@halland.demo", ["Grant.Role"] = "Reader",
        });

        var user = (await UserAsync("olle.oidc@halland.demo"))!;
        Assert.Null(user.PasswordHash);
        var page = await admin.GetDocumentAsync($"/Users/Details/{user.Id}");
        Assert.Contains("Endast organisationskonto (OIDC)", page.QuerySelector("dl.facts")!.TextContent);
        Assert.Equal(Role.Reader, Assert.Single(await GrantsAsync(DemoUsers.Halland, user.Id)).Role);
    }

    [Fact]
    public async Task A_taken_email_is_refused_with_a_message_and_nothing_is_saved()
    {
        var before = await UserCountAsync();
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        // Taken in another organisation: e-mail is the login name, unique across all of them.
        var response = await admin.SubmitFormAsync("/Users/Create", new()
        {
            ["Input.DisplayName"] = "Dubblett", ["Input.Email"] = DemoUsers.BlekingeReader, ["Input.Password"] = DemoSeeder.Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal($"Det finns redan en användare med e-postadressen {DemoUsers.BlekingeReader}.",
            page.QuerySelector("#Input_Email-error")!.TextContent.Trim());
        Assert.Equal("Input_Email-error", page.QuerySelector("#Input_Email")!.GetAttribute("aria-describedby"));
        Assert.Equal(before, await UserCountAsync());
    }

    [Theory]
    [InlineData("kort", "Lösenordet måste ha minst 10 tecken.")]
    [InlineData("utanstoraochsiffror!", "Lösenordet måste innehålla minst en siffra.")]
    public async Task A_weak_password_is_refused_in_Swedish_and_nothing_is_saved(string password, string message)
    {
        var before = await UserCountAsync();
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync("/Users/Create", new()
        {
            ["Input.DisplayName"] = "Svag Svensson", ["Input.Email"] = "svag@halland.demo", ["Input.Password"] = password,
        });

        var page = await AppClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#Input_Password-error")!.TextContent);
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task Missing_name_and_role_and_an_invalid_email_are_shown_next_to_the_fields()
    {
        var before = await UserCountAsync();
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync("/Users/Create", new()
        {
            ["Input.DisplayName"] = "", ["Input.Email"] = "inte-en-adress", ["Grant.Role"] = null,
        });

        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Namn måste fyllas i.", page.QuerySelector("#Input_DisplayName-error")!.TextContent.Trim());
        Assert.Equal("Ange en giltig e-postadress.", page.QuerySelector("#Input_Email-error")!.TextContent.Trim());
        Assert.Equal("Roll måste fyllas i.", page.QuerySelector("#Grant_Role-error")!.TextContent.Trim());
        Assert.Equal(before, await UserCountAsync());
    }

    [Theory]
    [InlineData(DemoUsers.HallandController)]
    [InlineData(DemoUsers.HallandEditorHsn)]
    [InlineData(DemoUsers.HallandReader)]
    public async Task Non_administrators_get_403_on_the_user_pages_even_with_a_crafted_post(string email)
    {
        var reader = (await UserAsync(DemoUsers.HallandReader))!;
        var before = await UserCountAsync();
        using var client = await app.LoginAsync(email);

        foreach (var url in new[] { "/Users", "/Users/Create", $"/Users/Details/{reader.Id}" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(url)).StatusCode);
        var token = await AdminTestData.TokenOfNonAdministratorAsync(client, email);
        var create = await client.PostAsync("/Users/Create", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.DisplayName"] = "Inkräktare", ["Input.Email"] = "ny@halland.demo",
            ["Input.Password"] = DemoSeeder.Password, ["Grant.Role"] = "Administrator",
        });
        var grant = await client.PostAsync($"/Users/Details/{reader.Id}?handler=AddGrant", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Grant.Role"] = "Administrator",
        });

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, grant.StatusCode);
        Assert.Equal(before, await UserCountAsync());
        Assert.DoesNotContain(await GrantsAsync(DemoUsers.Halland, reader.Id), g => g.Role == Role.Administrator);
    }

    [Fact]
    public async Task Another_organisations_user_is_not_found()
    {
        var other = await app.WithDbAsync(DemoUsers.Blekinge, db => db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoUsers.BlekingeEditorTn));
        var otherGrant = Assert.Single(await GrantsAsync(DemoUsers.Blekinge, other.Id));
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/Users/Details/{other.Id}")).StatusCode);
        var token = await admin.AntiforgeryTokenAsync("/Users/Create");
        var remove = await admin.PostAsync($"/Users/Details/{other.Id}?handler=RemoveGrant", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["grantId"] = otherGrant.Id.ToString(),
        });
        var rename = await admin.PostAsync($"/Users/Details/{other.Id}?handler=Rename", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.DisplayName"] = "Kapad",
        });

        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        Assert.Single(await GrantsAsync(DemoUsers.Blekinge, other.Id));
    }

    [Fact]
    public async Task A_grant_of_another_user_cannot_be_removed_through_this_users_page()
    {
        var reader = (await UserAsync(DemoUsers.HallandReader))!;
        var controller = (await UserAsync(DemoUsers.HallandController))!;
        var controllerGrant = Assert.Single(await GrantsAsync(DemoUsers.Halland, controller.Id));
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.PostAsync($"/Users/Details/{reader.Id}?handler=RemoveGrant", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await admin.AntiforgeryTokenAsync($"/Users/Details/{reader.Id}"),
            ["grantId"] = controllerGrant.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await GrantsAsync(DemoUsers.Halland, controller.Id));
    }

    [Fact]
    public async Task The_last_administrator_grant_of_the_organisation_cannot_be_removed()
    {
        var admin = (await UserAsync(DemoUsers.HallandAdmin))!;
        using var client = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await client.SubmitFormAsync($"/Users/Details/{admin.Id}", new(), "main form.remove-grant");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("Organisationen måste ha minst en administratör", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal(Role.Administrator, Assert.Single(await GrantsAsync(DemoUsers.Halland, admin.Id)).Role);
    }

    [Fact]
    public async Task Administrator_adds_and_removes_a_grant_and_both_are_audited()
    {
        var editor = (await UserAsync(DemoUsers.HallandEditorRun))!;
        var psy = await app.UnitIdAsync(DemoUsers.Halland, "Psykiatrinämnden");
        var url = $"/Users/Details/{editor.Id}";
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var added = await admin.SubmitFormAsync(url, new() { ["Grant.Role"] = "Controller", ["Grant.UnitId"] = psy.ToString() }, "main form#add-grant");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await admin.GetDocumentAsync(url);
        Assert.Contains(page.QuerySelectorAll("main tbody td"), td => td.TextContent == "Psykiatrinämnden");
        var duplicate = await admin.SubmitFormAsync(url, new() { ["Grant.Role"] = "Controller", ["Grant.UnitId"] = psy.ToString() }, "main form#add-grant");
        Assert.Contains("Användaren har redan rollen Controller: Psykiatrinämnden.",
            (await AppClient.ParseAsync(duplicate)).QuerySelector("#Grant_Role-error")!.TextContent);
        var grant = (await GrantsAsync(DemoUsers.Halland, editor.Id)).Single(g => g.Role == Role.Controller);

        var (action, values) = await admin.ReadFormAsync(url, "main form.remove-grant:has(input[value='" + grant.Id + "'])");
        var removed = await admin.PostAsync(action, values);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal([Role.Editor], (await GrantsAsync(DemoUsers.Halland, editor.Id)).Select(g => g.Role));
        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.EntityType == "RoleGrant" && a.EntityId == grant.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Added, AuditAction.Deleted], audit.Order());
    }

    [Fact]
    public async Task A_grant_over_a_unit_of_another_organisation_is_refused()
    {
        var reader = (await UserAsync(DemoUsers.HallandReader))!;
        var blekingeUnit = await app.UnitIdAsync(DemoUsers.Blekinge, "Trafiknämnden");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync($"/Users/Details/{reader.Id}",
            new() { ["Grant.Role"] = "Editor", ["Grant.UnitId"] = blekingeUnit.ToString() }, "main form#add-grant");

        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Välj en öppen enhet i organisationen eller hela organisationen.", page.QuerySelector("#Grant_UnitId-error")!.TextContent.Trim());
        Assert.Single(await GrantsAsync(DemoUsers.Halland, reader.Id));
    }

    [Fact]
    public async Task A_locked_out_user_is_shown_as_such_and_can_be_unlocked()
    {
        var user = (await UserAsync(DemoUsers.HallandEditorHsn))!;
        await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
            stored.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(15);
            stored.AccessFailedCount = 5;
            return await db.SaveChangesAsync();
        });
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var list = await admin.GetDocumentAsync("/Users");
        var row = list.QuerySelectorAll("main tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == user.DisplayName);
        Assert.Contains("Utelåst till", row.TextContent);

        var response = await admin.SubmitFormAsync($"/Users/Details/{user.Id}", new(), "main form#unlock");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unlocked = (await UserAsync(DemoUsers.HallandEditorHsn))!;
        Assert.Null(unlocked.LockoutEnd);
        Assert.Equal(0, unlocked.AccessFailedCount);
        Assert.Null((await admin.GetDocumentAsync($"/Users/Details/{user.Id}")).QuerySelector("form#unlock"));
    }

    [Fact]
    public async Task Display_name_is_edited_and_a_stale_form_is_refused()
    {
        var user = (await UserAsync(DemoUsers.HallandController))!;
        var url = $"/Users/Details/{user.Id}";
        using var first = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var second = await app.LoginAsync(DemoUsers.HallandAdmin);
        var (action, firstForm) = await first.ReadFormAsync(url, "main form#rename");
        var (_, secondForm) = await second.ReadFormAsync(url, "main form#rename");

        var saved = await first.PostAsync(action, firstForm.With("Input.DisplayName", "Carl Controller (ny)"));
        var refused = await second.PostAsync(action, secondForm.With("Input.DisplayName", "Carl C"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Användaren har ändrats av någon annan", (await AppClient.ParseAsync(refused)).QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("Carl Controller (ny)", (await UserAsync(DemoUsers.HallandController))!.DisplayName);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var before = await UserCountAsync();
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.PostAsync("/Users/Create", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Utan token", ["Input.Email"] = "utan.token@halland.demo", ["Grant.Role"] = "Reader",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task Script_typed_into_a_display_name_comes_back_encoded_on_the_list()
    {
        const string evil = "<script>alert('x')</script>";
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        await admin.SubmitFormAsync("/Users/Create", new()
        {
            ["Input.DisplayName"] = evil, ["Input.Email"] = "skript@halland.demo", ["Grant.Role"] = "Reader",
        });

        var html = await (await admin.Http.GetAsync("/Users")).Content.ReadAsStringAsync();
        var page = await AppClient.ParseAsync(html);
        Assert.Contains(page.QuerySelectorAll("main tbody th"), th => th.TextContent.Trim() == evil);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("&lt;script&gt;", html);
    }
}
