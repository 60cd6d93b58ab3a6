using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Demo;

/// <summary>The two demo organisations prove that the governance model is data: same code, two models.</summary>
public class DemoDataTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Theory]
    [InlineData(DemoUsers.Halland, "Regionstyrelsen")]
    [InlineData(DemoUsers.Blekinge, "Regionstyrelsen")]
    public async Task Each_demo_organisation_has_a_full_tree_with_committees_administrations_and_a_company_under_the_board(
        string organisation, string board)
    {
        var units = await app.WithDbAsync(organisation, db => db.OrgUnits.ToListAsync());

        var root = Assert.Single(units, u => u.ParentId is null);
        Assert.Equal(OrgUnitKind.Fullmaktige, root.Kind);
        var rs = units.Single(u => u.Name == board);
        Assert.Equal(OrgUnitKind.Styrelse, rs.Kind);
        Assert.InRange(units.Count(u => u.Kind == OrgUnitKind.Namnd), 4, 6);
        Assert.Contains(units, u => u.Kind == OrgUnitKind.Bolag && u.ParentId == rs.Id);
        Assert.All(units.Where(u => u.Kind == OrgUnitKind.Namnd),
            committee => Assert.Contains(units, u => u.ParentId == committee.Id && u.Kind == OrgUnitKind.Forvaltning));
        Assert.All(units, u => Assert.Equal($"{units.SingleOrDefault(p => p.Id == u.ParentId)?.Path ?? "/"}{u.Id}/", u.Path));
    }

    [Fact]
    public async Task Halland_has_its_vision_values_steering_kinds_and_June_decision()
    {
        var model = await app.WithDbAsync(DemoUsers.Halland, db => db.GovernanceModels.SingleAsync());

        Assert.Equal("Halland – bästa livsplatsen", model.Vision);
        Assert.Equal("Vi KAN", model.ValuesStatement);
        Assert.Equal(["ekonomistyrning", "målstyrning", "kvalitetsstyrning"], model.SteeringKindList.Select(k => k.ToLowerInvariant()));
        Assert.Equal("Mål och budget", model.AssemblyPlanName);
        Assert.Equal(6, model.AssemblyPlanDecisionMonth);
    }

    [Fact]
    public async Task Blekinge_has_five_perspectives_with_citizens_overarching_and_commitments_under_effort_areas()
    {
        var perspectives = await app.WithDbAsync(DemoUsers.Blekinge, db => db.Perspectives.OrderBy(p => p.SortOrder).ToListAsync());
        var levels = await app.WithDbAsync(DemoUsers.Blekinge, db =>
            db.GoalLevels.Include(l => l.AllowedParents).ThenInclude(p => p.ParentLevel).OrderBy(l => l.SortOrder).ToListAsync());

        Assert.Equal(5, perspectives.Count(p => p.ForGoals));
        Assert.Equal("Invånare och samhälle", Assert.Single(perspectives, p => p.IsOverarching).Name);
        var commitment = levels.Single(l => l.Name == "Åtagande");
        Assert.True(commitment.MayBeOwnedBy(OrgUnitKind.Namnd));
        Assert.Contains(commitment.AllowedParents, p => p.ParentLevel!.Name == "Insatsområde");
        // A committee may add its own insatsområde.
        Assert.True(levels.Single(l => l.Name == "Insatsområde").MayBeOwnedBy(OrgUnitKind.Namnd));
    }

    [Fact]
    public async Task Demo_organisations_are_marked_as_example_data_on_every_page()
    {
        using var client = await app.LoginAsync(DemoUsers.BlekingeReader);

        var page = await client.GetDocumentAsync("/Goals");

        Assert.Contains("exempeldata", page.QuerySelector(".demo-banner")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }
}
