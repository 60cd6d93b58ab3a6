using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Audit;

/// <summary>
/// The current names of rows that audit entries refer to by id (a link's higher goal, a goal's owner,
/// a history's subject), read with one query per kind of row. A row deleted since has no name here;
/// callers then fall back to the snapshot or the id.
/// </summary>
public sealed class ReferenceNames
{
    // Which kind of row a snapshot field points at.
    private static readonly Dictionary<string, string> FieldTargets = new()
    {
        ["GoalId"] = nameof(Goal), ["ParentGoalId"] = nameof(Goal), ["CopiedFromId"] = nameof(Goal),
        ["OwnerUnitId"] = nameof(OrgUnit), ["OrgUnitId"] = nameof(OrgUnit), ["ParentId"] = nameof(OrgUnit),
        ["LevelId"] = nameof(GoalLevel), ["ParentLevelId"] = nameof(GoalLevel),
        ["PerspectiveId"] = nameof(Perspective), ["PlanningYearId"] = nameof(PlanningYear),
        ["UserId"] = nameof(AppUser), ["ResponsibleUserId"] = nameof(AppUser),
        ["PlanId"] = nameof(Plan), ["ActivityId"] = nameof(Activity), ["IndicatorId"] = nameof(Indicator),
        ["ReportTypeId"] = nameof(ReportType), ["ReportRoundId"] = nameof(ReportRound), ["ReportId"] = nameof(Report),
        ["ProcessStepId"] = nameof(ProcessStep), ["MeetingId"] = nameof(Meeting), ["OwnerUserId"] = nameof(AppUser),
        ["RiskId"] = nameof(Risk), ["CarriedFromId"] = nameof(Risk), ["InternalControlPlanId"] = nameof(InternalControlPlan),
        ["ControlId"] = nameof(Control), ["ControlResultId"] = nameof(ControlResult), ["PlanningPremisesId"] = nameof(PlanningPremises),
        ["PlanningDirectiveId"] = nameof(PlanningDirective),
    };

    private sealed record Named(int Id, string Name);

    private readonly Dictionary<(string Type, string Id), string> _names = [];

    private ReferenceNames()
    {
    }

    /// <summary>The kind of row a snapshot field refers to, or null when it holds a plain value.</summary>
    public static string? TargetOf(string field) => FieldTargets.GetValueOrDefault(field);

    public string? Find(string type, string id) => _names.GetValueOrDefault((type, id));

    public static async Task<ReferenceNames> LoadAsync(StyrkedjaDbContext db, IEnumerable<(string Type, string Id)> wanted)
    {
        var result = new ReferenceNames();
        var byType = wanted.Distinct().GroupBy(w => w.Type).ToDictionary(g => g.Key, g => g.Select(w => w.Id).ToList());
        await result.AddAsync(byType, nameof(Goal), ids => db.Goals.Where(g => ids.Contains(g.Id)).Select(g => new Named(g.Id, g.Title)));
        await result.AddAsync(byType, nameof(OrgUnit), ids => db.OrgUnits.Where(u => ids.Contains(u.Id)).Select(u => new Named(u.Id, u.Name)));
        await result.AddAsync(byType, nameof(GoalLevel), ids => db.GoalLevels.Where(l => ids.Contains(l.Id)).Select(l => new Named(l.Id, l.Name)));
        await result.AddAsync(byType, nameof(Perspective), ids => db.Perspectives.Where(p => ids.Contains(p.Id)).Select(p => new Named(p.Id, p.Name)));
        await result.AddAsync(byType, nameof(PlanningYear), ids => db.PlanningYears.Where(y => ids.Contains(y.Id)).Select(y => new Named(y.Id, y.Year.ToString())));
        await result.AddAsync(byType, nameof(Plan), ids => db.Plans.Where(p => ids.Contains(p.Id)).Select(p => new Named(p.Id, p.Title)));
        await result.AddAsync(byType, nameof(Activity), ids => db.Activities.Where(a => ids.Contains(a.Id)).Select(a => new Named(a.Id, a.Title)));
        await result.AddAsync(byType, nameof(ReportType), ids => db.ReportTypes.Where(t => ids.Contains(t.Id)).Select(t => new Named(t.Id, t.Name)));
        await result.AddAsync(byType, nameof(ReportRound), ids => db.ReportRounds.Where(r => ids.Contains(r.Id))
            .Select(r => new Named(r.Id, r.ReportType!.Name + " " + r.PlanningYear!.Year.ToString() + "-" + r.Month.ToString())));
        await result.AddAsync(byType, nameof(Report), ids => db.Reports.Where(r => ids.Contains(r.Id))
            .Select(r => new Named(r.Id, r.Round!.ReportType!.Name + " " + r.Round.PlanningYear!.Year.ToString() + "-" + r.Round.Month.ToString() + " – " + r.OrgUnit!.Name)));
        await result.AddAsync(byType, nameof(ProcessStep), ids => db.ProcessSteps.Where(p => ids.Contains(p.Id)).Select(p => new Named(p.Id, p.Name)));
        await result.AddAsync(byType, nameof(Meeting), ids => db.Meetings.Where(m => ids.Contains(m.Id)).Select(m => new Named(m.Id, m.Title)));
        await result.AddAsync(byType, nameof(Risk), ids => db.Risks.Where(r => ids.Contains(r.Id)).Select(r => new Named(r.Id, r.Title)));
        await result.AddAsync(byType, nameof(InternalControlPlan), ids => db.InternalControlPlans.Where(p => ids.Contains(p.Id))
            .Select(p => new Named(p.Id, p.OrgUnit!.Name + " " + p.PlanningYear!.Year.ToString())));
        await result.AddAsync(byType, nameof(Control), ids => db.Controls.Where(c => ids.Contains(c.Id)).Select(c => new Named(c.Id, c.Title)));
        await result.AddAsync(byType, nameof(ControlResult), ids => db.ControlResults.Where(r => ids.Contains(r.Id))
            .Select(r => new Named(r.Id, r.Control!.Title + " – " + (r.ReportRound == null ? r.PerformedOn.Year.ToString() : r.ReportRound.ReportType!.Name))));
        await result.AddAsync(byType, nameof(PlanningPremises), ids => db.PlanningPremises.Where(p => ids.Contains(p.Id)).Select(p => new Named(p.Id, p.Title)));
        await result.AddAsync(byType, nameof(PlanningDirective), ids => db.PlanningDirectives.Where(d => ids.Contains(d.Id)).Select(d => new Named(d.Id, d.Title)));
        await result.AddAsync(byType, nameof(Indicator), ids => db.Indicators.Where(i => ids.Contains(i.Id)).Select(i => new Named(i.Id, i.Name)));
        if (byType.TryGetValue(nameof(AppUser), out var userIds))
        {
            // Users are not tenant-filtered: keep to the organisation by hand.
            var organisation = db.OrganisationId;
            var users = await db.Users.Where(u => u.OrganisationId == organisation && userIds.Contains(u.Id))
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync();
            foreach (var user in users)
                result._names[(nameof(AppUser), user.Id)] = user.DisplayName;
        }
        return result;
    }

    private async Task AddAsync(Dictionary<string, List<string>> byType, string type, Func<List<int>, IQueryable<Named>> query)
    {
        if (!byType.TryGetValue(type, out var raw))
            return;
        var ids = raw.Select(id => int.TryParse(id, out var n) ? n : (int?)null).OfType<int>().ToList();
        if (ids.Count == 0)
            return;
        foreach (var row in await query(ids).ToListAsync())
            _names[(type, row.Id.ToString())] = row.Name;
    }
}
