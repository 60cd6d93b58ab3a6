using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.InternalControl;

/// <summary>Creating, editing and deleting risks, and the administrator's risk scales.</summary>
public class RiskEditingTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly int Year = RiskTestData.ThisYear;
    private const string Hsn = "Hälso- och sjukvårdsnämnden";

    private async Task<string> CreateUrlAsync() =>
        $"/InternalControl/Risks/Create?unit={(await app.UnitAsync(DemoUsers.Halland, Hsn)).Id}&year={Year}";

    private Task<int> CountAsync(string title) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.Risks.CountAsync(r => r.Title == title));

    [Fact]
    public async Task A_good_create_is_saved_shown_and_audited()
    {
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await editor.SubmitFormAsync(await CreateUrlAsync(), new()
        {
            ["Input.Title"] = "Brist på barnmorskor", ["Input.Area"] = "Personal", ["Input.Probability"] = "3",
            ["Input.Consequence"] = "4", ["Input.Owner"] = "Förvaltningschef", ["Input.Measures"] = "**Bemanningsplan**",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var risk = await app.WithDbAsync(DemoUsers.Halland, db => db.Risks.AsNoTracking().SingleAsync(r => r.Title == "Brist på barnmorskor"));
        Assert.Equal((3, 4, 12, "Personal"), (risk.Probability, risk.Consequence, risk.Value, risk.Area));
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == nameof(Risk) && a.EntityId == risk.Id.ToString() && a.Action == AuditAction.Added)));
        var page = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Bemanningsplan", page.GetElementById($"risk-{risk.Id}")!.QuerySelector("strong")!.TextContent);
    }

    [Theory]
    [InlineData("5", "3", "Input.Probability", "Sannolikheten måste vara 1–4.")]
    [InlineData("0", "3", "Input.Probability", "Sannolikheten måste vara 1–4.")]
    [InlineData("2", "7", "Input.Consequence", "Konsekvensen måste vara 1–4.")]
    [InlineData("", "2", "Input.Probability", "Välj sannolikhet.")]
    public async Task A_probability_or_consequence_outside_the_scale_is_refused_with_a_message_and_nothing_is_written(
        string probability, string consequence, string field, string message)
    {
        var title = $"Utanför skalan {probability}/{consequence}";
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await editor.SubmitFormAsync(await CreateUrlAsync(), new()
        {
            ["Input.Title"] = title, ["Input.Probability"] = probability, ["Input.Consequence"] = consequence,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#error-summary")!.TextContent);
        var id = field.Replace('.', '_');
        Assert.Equal(message, page.GetElementById($"{id}-error")!.TextContent.Trim());
        Assert.Equal("true", page.GetElementById(id)!.GetAttribute("aria-invalid"));
        Assert.Equal(0, await CountAsync(title));
    }

    [Fact]
    public async Task Editing_outside_the_scale_or_without_a_title_is_refused_and_the_risk_is_unchanged()
    {
        var risk = await app.AddRiskAsync(DemoUsers.Halland, Hsn, Year, "Oförändrad risk", 2, 2);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await editor.SubmitFormAsync($"/InternalControl/Risks/Edit/{risk.Id}",
            new() { ["Input.Title"] = "", ["Input.Consequence"] = "9" });

        var page = await AppClient.ParseAsync(response);
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Ange vad risken gäller.", summary);
        Assert.Contains("Konsekvensen måste vara 1–4.", summary);
        var stored = (await app.RiskAsync(DemoUsers.Halland, risk.Id))!;
        Assert.Equal(("Oförändrad risk", 2, risk.Version), (stored.Title, stored.Consequence, stored.Version));
    }

    [Fact]
    public async Task A_save_from_a_form_opened_before_someone_elses_change_is_a_conflict()
    {
        var risk = await app.AddRiskAsync(DemoUsers.Halland, Hsn, Year, "Konfliktrisk", 2, 2);
        using var first = await app.LoginAsync(DemoUsers.HallandController);
        using var second = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var url = $"/InternalControl/Risks/Edit/{risk.Id}";
        var (action, stale) = await second.ReadFormAsync(url);

        var saved = await first.SubmitFormAsync(url, new() { ["Input.Probability"] = "4" });
        var conflict = await second.PostAsync(action, [.. stale.Where(v => v.Key != "Input.Title"), new("Input.Title", "Skriver över")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Risken har ändrats av Carl Controller (Halland)",
            (await AppClient.ParseAsync(conflict)).QuerySelector("#error-summary")!.TextContent);
        var stored = (await app.RiskAsync(DemoUsers.Halland, risk.Id))!;
        Assert.Equal(("Konfliktrisk", 4), (stored.Title, stored.Probability));
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == nameof(Risk) && a.EntityId == risk.Id.ToString() && a.Action == AuditAction.Modified)));
    }

    [Fact]
    public async Task Deleting_a_risk_removes_it_and_is_audited()
    {
        var risk = await app.AddRiskAsync(DemoUsers.Halland, Hsn, Year, "Risk att ta bort", 1, 2);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await editor.SubmitFormAsync($"/InternalControl/Risks/Edit/{risk.Id}", new(), "form[action*='handler=Delete']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await app.RiskAsync(DemoUsers.Halland, risk.Id));
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == nameof(Risk) && a.EntityId == risk.Id.ToString() && a.Action == AuditAction.Deleted)));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var (action, values) = await editor.ReadFormAsync(await CreateUrlAsync());

        var response = await editor.PostAsync(action, [.. values.Where(v => v.Key != "__RequestVerificationToken"),
            new("Input.Title", "Utan token"), new("Input.Probability", "2"), new("Input.Consequence", "2")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync("Utan token"));
    }

    [Fact]
    public async Task The_highest_step_in_use_cannot_be_removed_while_an_unused_added_step_can()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        await app.AddRiskAsync(DemoUsers.Halland, Hsn, Year, "Använder steg 4", 4, 1);
        Task<List<int>> ValuesAsync() => app.WithDbAsync(DemoUsers.Halland, db => db.RiskScaleSteps
            .Where(s => s.Axis == RiskAxis.Probability).OrderBy(s => s.Value).Select(s => s.Value).ToListAsync());

        var refused = await admin.SubmitFormAsync("/GovernanceModel/RiskScales", new(), "#remove-probability");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches(@"Steg 4 \(Sannolik\) används av \d+ risker och kan inte tas bort\.",
            (await AppClient.ParseAsync(refused)).QuerySelector("#error-summary")!.TextContent);
        Assert.Equal([1, 2, 3, 4], await ValuesAsync());

        var added = await admin.SubmitFormAsync("/GovernanceModel/RiskScales/Create?axis=Probability",
            new() { ["Input.Name"] = "Nästan säker", ["Input.Description"] = "Inträffar varje år." });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal([1, 2, 3, 4, 5], await ValuesAsync());
        var scales = await admin.GetDocumentAsync("/GovernanceModel/RiskScales");
        Assert.Contains("Nästan säker", scales.GetElementById("axis-probability")!.ParentElement!.TextContent);

        var removed = await admin.SubmitFormAsync("/GovernanceModel/RiskScales", new(), "#remove-probability");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal([1, 2, 3, 4], await ValuesAsync());
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == nameof(RiskScaleStep) && a.Action == AuditAction.Deleted)));
    }

    [Fact]
    public async Task Renaming_a_step_shows_in_the_risk_forms_and_only_administrators_reach_the_scales()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var step = await app.WithDbAsync(DemoUsers.Halland, db => db.RiskScaleSteps.AsNoTracking()
            .SingleAsync(s => s.Axis == RiskAxis.Consequence && s.Value == 2));

        var saved = await admin.SubmitFormAsync($"/GovernanceModel/RiskScales/Edit/{step.Id}", new() { ["Input.Name"] = "Märkbar" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var form = await controller.GetDocumentAsync(await CreateUrlAsync());
        Assert.Contains(form.QuerySelectorAll("#Input_Consequence option"), o => o.TextContent == "2 – Märkbar");
        Assert.Equal(HttpStatusCode.Forbidden, (await controller.Http.GetAsync("/GovernanceModel/RiskScales")).StatusCode);
        Assert.NotNull((await admin.GetDocumentAsync("/GovernanceModel")).QuerySelector("a[href='/GovernanceModel/RiskScales']"));
    }
}
