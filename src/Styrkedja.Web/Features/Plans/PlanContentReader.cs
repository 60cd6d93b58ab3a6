using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;

namespace Styrkedja.Web.Features.Plans;

/// <summary>
/// Reads a plan's content: frozen from its snapshot once decided, otherwise gathered live from the
/// unit's goals, indicators and activities of the plan's year. One place, so that the page, the Word
/// export and the snapshot can never disagree about what a plan contains.
/// </summary>
public static class PlanContentReader
{
    // Swedish letters stay readable in the stored JSON; HTML-sensitive characters are still escaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <param name="plan">With <see cref="Plan.OrgUnit"/>, <see cref="Plan.PlanningYear"/> and <see cref="Plan.Sections"/> loaded.</param>
    public static async Task<PlanContent> ReadAsync(StyrkedjaDbContext db, Plan plan)
    {
        if (plan.Snapshot is { } snapshot)
            return JsonSerializer.Deserialize<PlanContent>(snapshot, Json)!;
        return await GatherAsync(db, plan);
    }

    /// <summary>The live content as JSON, stored on the plan when it is decided.</summary>
    public static async Task<string> SnapshotAsync(StyrkedjaDbContext db, Plan plan) =>
        JsonSerializer.Serialize(await GatherAsync(db, plan), Json);

    private static async Task<PlanContent> GatherAsync(StyrkedjaDbContext db, Plan plan)
    {
        var unit = plan.OrgUnit!;
        var year = plan.PlanningYear!;
        var organisation = await db.Organisations.Where(o => o.Id == plan.OrganisationId).Select(o => o.Name).SingleAsync();
        var model = await db.GovernanceModels.SingleAsync();

        var mission = await db.BasicMissions.Where(m => m.OrgUnitId == unit.Id)
            .Select(m => new PlanMission(m.Purpose, m.LawsAndDocuments, m.OrganisationAndManagement, m.TargetGroupsAndPartners))
            .SingleOrDefaultAsync();

        var goals = await db.Goals.AsNoTracking()
            .Where(g => g.OwnerUnitId == unit.Id && g.PlanningYearId == year.Id)
            .Include(g => g.Level).Include(g => g.Perspective)
            .Include(g => g.ContributesTo).ThenInclude(l => l.ParentGoal!).ThenInclude(p => p.Level)
            .OrderBy(g => g.Level!.SortOrder).ThenBy(g => g.SortOrder).ThenBy(g => g.Title)
            .ToListAsync();
        var goalIds = goals.Select(g => g.Id).ToList();
        var goalIndicators = await db.GoalIndicators.Where(l => goalIds.Contains(l.GoalId))
            .Select(l => new { l.GoalId, l.IndicatorId }).ToListAsync();

        // The plan's indicators: those measuring its goals and those the unit reports.
        var indicatorIds = goalIndicators.Select(l => l.IndicatorId)
            .Union(await db.IndicatorAdoptions.Where(a => a.OrgUnitId == unit.Id).Select(a => a.IndicatorId).ToListAsync())
            .ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id))
            .Include(i => i.OwnerUnit).OrderBy(i => i.Name).ToListAsync();
        var targets = await db.TargetValues.Where(t => indicatorIds.Contains(t.IndicatorId) && t.Year == year.Year)
            .ToListAsync();
        var names = indicators.ToDictionary(i => i.Id, i => i.Name);

        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.OwnerUnitId == unit.Id && a.PlanningYearId == year.Id)
            .Include(a => a.Responsible)
            .Include(a => a.Goals).ThenInclude(l => l.Goal)
            .Include(a => a.Indicators).ThenInclude(l => l.Indicator)
            .OrderBy(a => a.StartsOn).ThenBy(a => a.Title)
            .ToListAsync();

        return new PlanContent(
            organisation, unit.Name, PlanKinds.NameIn(model, plan.Kind), year.Year, year.LastPlanYear, mission,
            goals.Select(g => new PlanGoal(
                g.Id, g.Level!.Name, g.Title, g.Description, g.Perspective?.Name,
                g.ContributesTo.Select(l => $"{l.ParentGoal!.Level!.Name}: {l.ParentGoal.Title}").Order().ToList(),
                goalIndicators.Where(l => l.GoalId == g.Id).Select(l => names[l.IndicatorId]).Order().ToList())).ToList(),
            indicators.Select(i => new PlanIndicator(
                i.Id, i.Name, i.MeasureUnit, i.Decimals,
                TargetReading.TargetFor(targets.Where(t => t.IndicatorId == i.Id), unit.Id),
                i.OwnerUnit!.Name, i.ResponsiblePerson)).ToList(),
            activities.Select(a => new PlanActivity(
                a.Id, a.Title, a.Responsible?.DisplayName, a.StartsOn, a.EndsOn, a.Status, a.ProgressPercent,
                a.Goals.Select(l => l.Goal!.Title).Concat(a.Indicators.Select(l => l.Indicator!.Name)).ToList())).ToList(),
            plan.Sections.OrderBy(s => s.SortOrder).Select(s => new PlanSectionContent(s.Heading, s.Body)).ToList());
    }
}
