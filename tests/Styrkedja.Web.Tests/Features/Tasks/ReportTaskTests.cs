using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Oversight;
using Styrkedja.Web.Tests.Features.Reports;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Tasks;

/// <summary>Follow-up reports in Mina uppgifter: to write for the unit's editor, to review for the controller.</summary>
public class ReportTaskTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Halland = DemoUsers.Halland;

    [Fact]
    public async Task The_editor_has_the_units_report_to_write_flagged_when_late_and_the_controller_a_submitted_one_to_review()
    {
        var type = await app.AddTypeAsync(Halland);
        var round = await app.OpenRoundAsync(Halland, type, 3, app.Today().AddDays(-1));
        var hsn = round.ReportOf("Hälso- och sjukvårdsnämnden");
        var run = round.ReportOf("Regionala utvecklingsnämnden");
        await app.UpdateAsync<Report>(Halland, run.Id, r => r.State = ReportState.Submitted);

        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var mine = await editor.GetDocumentAsync("/Tasks");
        var write = mine.QuerySelector($".task-list a[href='/Reports/Details/{hsn.Id}']")!.Closest("li")!;
        Assert.Equal("ReportWrite", write.GetAttribute("data-kind"));
        Assert.Contains("⚠ Försenad", write.TextContent);
        Assert.StartsWith($"Skriv {type.Name}", write.QuerySelector("a")!.TextContent);
        Assert.Null(mine.QuerySelector($".task-list a[href='/Reports/Details/{run.Id}']"));

        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var theirs = await controller.GetDocumentAsync("/Tasks");
        var review = theirs.QuerySelector($".task-list a[href='/Reports/Details/{run.Id}']")!.Closest("li")!;
        Assert.Equal("ReportReview", review.GetAttribute("data-kind"));
        Assert.Contains($"Senast {app.Today().AddDays(6):yyyy-MM-dd}", review.TextContent);
        Assert.Null(review.QuerySelector(".overdue-flag"));

        // An economy-only round is nobody's to write.
        var economy = await app.OpenRoundAsync(Halland, await app.AddTypeAsync(Halland, "5", ReportWriters.None), 5, app.Today());
        var again = await editor.GetDocumentAsync("/Tasks");
        Assert.Null(again.QuerySelector($".task-list a[href='/Reports/Details/{economy.ReportOf("Hälso- och sjukvårdsnämnden").Id}']"));
    }
}
