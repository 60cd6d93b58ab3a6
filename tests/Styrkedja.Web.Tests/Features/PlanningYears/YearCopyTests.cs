using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.PlanningYears;

/// <summary>Copying the demo year's goal structure, with one closed unit whose goals must stay behind.</summary>
public class YearCopyTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly int ThisYear = DateTime.Now.Year;

    /// <summary>
    /// A closed committee owning a goal, and an open committee's goal contributing to it and to a demo
    /// goal: the first must not be copied, the second must be, losing only its link to the first.
    /// </summary>
    private Task ArrangeClosedUnitAsync() => app.WithDbAsync(DemoUsers.Halland, async db =>
    {
        var year = await db.PlanningYears.SingleAsync(y => y.Year == ThisYear);
        var rf = await db.OrgUnits.SingleAsync(u => u.Name == "Regionfullmäktige");
        var hsn = await db.OrgUnits.SingleAsync(u => u.Name == "Hälso- och sjukvårdsnämnden");
        var closed = new OrgUnit
        {
            OrganisationId = rf.OrganisationId, Parent = rf, Name = "Nedlagda nämnden", Kind = OrgUnitKind.Namnd,
            ClosedOn = DateOnly.FromDateTime(DateTime.Today),
        };
        var goalLevel = await db.GoalLevels.SingleAsync(l => l.Name == "Mål");
        var committeeLevel = await db.GoalLevels.SingleAsync(l => l.Name == "Nämndsmål");
        var waits = await db.Goals.SingleAsync(g => g.Title == "Kortare väntetider till vård" && g.PlanningYearId == year.Id);
        var orphaned = new Goal
        {
            OrganisationId = rf.OrganisationId, PlanningYearId = year.Id, LevelId = goalLevel.Id, OwnerUnit = closed,
            Title = "Mål hos en nedlagd nämnd",
        };
        var contributor = new Goal
        {
            OrganisationId = rf.OrganisationId, PlanningYearId = year.Id, LevelId = committeeLevel.Id, OwnerUnitId = hsn.Id,
            Title = "Bidrar till ett nedlagt mål", SortOrder = 7,
        };
        contributor.ContributesTo.Add(new GoalLink { OrganisationId = rf.OrganisationId, ParentGoal = orphaned });
        contributor.ContributesTo.Add(new GoalLink { OrganisationId = rf.OrganisationId, ParentGoalId = waits.Id });
        db.Goals.AddRange(orphaned, contributor);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Copy_recreates_the_goals_of_open_units_and_the_links_between_the_copies()
    {
        await ArrangeClosedUnitAsync();
        var source = await app.WithDbAsync(DemoUsers.Halland, db => db.Goals.Include(g => g.ContributesTo)
            .Include(g => g.OwnerUnit).Where(g => g.PlanningYear!.Year == ThisYear).AsNoTracking().ToListAsync());
        var copied = source.Where(g => !g.OwnerUnit!.IsClosed).ToList();
        var copiedIds = copied.Select(g => g.Id).ToHashSet();
        var expectedLinks = copied.Sum(g => g.ContributesTo.Count(l => copiedIds.Contains(l.ParentGoalId)));
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var form = await admin.GetDocumentAsync($"/PlanningYears/Copy?from={ThisYear}");
        Assert.Equal((ThisYear + 1).ToString(), form.QuerySelector("#Input_TargetYear")!.GetAttribute("value"));

        var response = await admin.SubmitFormAsync($"/PlanningYears/Copy?from={ThisYear}", new());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        var status = page.QuerySelector("[role=status]")!.TextContent;
        Assert.Contains($"{copied.Count} mål och {expectedLinks} kopplingar kopierades från {ThisYear} till {ThisYear + 1}.", status);
        Assert.Contains("1 kopplingar togs bort", status);
        Assert.Equal("”Mål hos en nedlagd nämnd”: ägaren Nedlagda nämnden är stängd.",
            Assert.Single(page.QuerySelectorAll("ul.skipped-goals li")).TextContent);

        var copies = await app.WithDbAsync(DemoUsers.Halland, db => db.Goals.Include(g => g.ContributesTo)
            .Where(g => g.PlanningYear!.Year == ThisYear + 1).AsNoTracking().ToListAsync());
        Assert.Equal(copiedIds.Order(), copies.Select(g => g.CopiedFromId!.Value).Order());
        var originalOf = copies.ToDictionary(g => g.Id, g => g.CopiedFromId!.Value);
        foreach (var copy in copies)
        {
            var original = copied.Single(g => g.Id == copy.CopiedFromId);
            Assert.Equal((original.Title, original.Description, original.LevelId, original.OwnerUnitId, original.PerspectiveId, original.SortOrder),
                (copy.Title, copy.Description, copy.LevelId, copy.OwnerUnitId, copy.PerspectiveId, copy.SortOrder));
            // Every link of a copy points at a copy, and mirrors a link between the originals.
            Assert.Equal(original.ContributesTo.Select(l => l.ParentGoalId).Where(copiedIds.Contains).Order(),
                copy.ContributesTo.Select(l => originalOf[l.ParentGoalId]).Order());
        }
        var staffing = copies.Single(g => g.Title == "Stärkt bemanning i vården");
        Assert.Equal(["Kortare väntetider till vård", "Säkrad kompetensförsörjning"],
            staffing.ContributesTo.Select(l => copies.Single(c => c.Id == l.ParentGoalId).Title).Order());
        Assert.Single(copies.Single(g => g.Title == "Bidrar till ett nedlagt mål").ContributesTo);

        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.UserName == "Anna Admin (Halland)" && a.Action == AuditAction.Added).ToListAsync());
        Assert.Equal(copies.Select(c => c.Id.ToString()).Order(), audit.Where(a => a.EntityType == "Goal").Select(a => a.EntityId).Order());
        Assert.Equal(expectedLinks, audit.Count(a => a.EntityType == "GoalLink"));
    }
}
