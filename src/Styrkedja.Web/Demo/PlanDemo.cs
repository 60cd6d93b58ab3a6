using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;

namespace Styrkedja.Web.Demo;

/// <summary>
/// An example activity of a demo organisation. Dates are days from today (null: none), so that the demo
/// always shows one that is overdue, one not yet started and so on, whatever day it is loaded.
/// </summary>
internal sealed record DemoActivity(
    string Unit, string Title, string Goal, string? Responsible, ActivityStatus Status, int Progress,
    int? StartInDays, int? EndInDays, params string[] FollowUps)
{
    public string Description { get; init; } = "*(Exempeldata.)*";
}

/// <summary>
/// Seeds a demo organisation's plans and activities: last year's plans decided (with their snapshot) and
/// its activities finished; this year's activities in every state, the assembly's plan decided and under
/// revision, one committee's plan under preparation, drafts elsewhere and one committee still without a plan,
/// so that oversight has something to find. All of it is example data.
/// </summary>
internal sealed class PlanDemo(DemoSeeder seed)
{
    private static readonly (string Heading, string Body)[] Sections =
    [
        ("Sammanfattning", "Planen beskriver hur enheten bidrar till fullmäktiges mål under planperioden. *(Exempeldata.)*"),
        ("Omvärld och förutsättningar", "- Fler äldre invånare ökar behovet av vård.\n- Kompetensförsörjningen är den största risken. *(Exempeldata.)*"),
        ("Prioriteringar", "1. Tillgänglighet\n2. Bemanning\n3. Ekonomi i balans *(Exempeldata.)*"),
        ("Budget", "Budgetdelen hämtas från ekonomimodulen när den finns. *(Exempeldata.)*"),
    ];

    private int _paragraph = 10;

    public async Task SeedAsync(PlanningYear lastYear, PlanningYear thisYear, IReadOnlyList<DemoActivity> activities)
    {
        var db = seed.Db;
        var today = DateOnly.FromDateTime(seed.Clock.GetLocalNow().Date);
        // In the order the tree was built: the first committee is the largest (HSN), the last the smallest.
        var units = await db.OrgUnits.OrderBy(u => u.Id).ToListAsync();
        var users = await db.Users.Where(u => u.OrganisationId == lastYear.OrganisationId).ToDictionaryAsync(u => u.Email!);
        var goals = await db.Goals.Select(g => new { g.Id, g.PlanningYearId, g.Title }).ToListAsync();
        int GoalOf(PlanningYear year, string title) => goals.Single(g => g.PlanningYearId == year.Id && g.Title == title).Id;

        // Last year everything was carried out; the one cancelled activity shows that state in a decided plan.
        foreach (var (demo, i) in activities.Select((a, i) => (a, i)))
            AddActivity(lastYear, units, users, GoalOf(lastYear, demo.Goal), demo with
            {
                Status = i == 1 ? ActivityStatus.Cancelled : ActivityStatus.Done, Progress = i == 1 ? 30 : 100,
                StartInDays = demo.StartInDays - 365, EndInDays = demo.EndInDays - 365, FollowUps = [],
            }, today);
        foreach (var demo in activities)
            AddActivity(thisYear, units, users, GoalOf(thisYear, demo.Goal), demo, today);
        await db.SaveChangesAsync();

        var model = await db.GovernanceModels.SingleAsync();
        var planned = units.Where(u => PlanKinds.IsExpected(u.Kind)).ToList();
        foreach (var unit in planned)
            await AddPlanAsync(model, unit, lastYear, PlanState.Decided);

        // This year: the last committee has not started its plan yet.
        var missing = planned.Last(u => u.Kind == OrgUnitKind.Namnd);
        foreach (var unit in planned.Where(u => u != missing))
        {
            var state = unit.Kind switch
            {
                OrgUnitKind.Fullmaktige => PlanState.Decided,
                OrgUnitKind.Namnd when unit == planned.First(u => u.Kind == OrgUnitKind.Namnd) => PlanState.InPreparation,
                _ => PlanState.Draft,
            };
            await AddPlanAsync(model, unit, thisYear, state);
        }
        // The assembly's plan was decided and is now being revised: revision 2 is a draft beside the decided one.
        await AddPlanAsync(model, planned[0], thisYear, PlanState.Draft, revision: 2);
    }

    private void AddActivity(PlanningYear year, List<OrgUnit> units, Dictionary<string, AppUser> users, int goalId, DemoActivity demo, DateOnly today)
    {
        var db = seed.Db;
        var activity = new Activity
        {
            OrganisationId = year.OrganisationId, PlanningYearId = year.Id, OwnerUnitId = units.Single(u => u.Name == demo.Unit).Id,
            Title = demo.Title, Description = demo.Description, ResponsibleUserId = demo.Responsible is { } r ? users[r].Id : null,
            StartsOn = demo.StartInDays is { } s ? today.AddDays(s) : null, EndsOn = demo.EndInDays is { } e ? today.AddDays(e) : null,
            Status = demo.Status, ProgressPercent = demo.Progress,
        };
        activity.Goals.Add(new ActivityGoal { OrganisationId = year.OrganisationId, GoalId = goalId });
        foreach (var text in demo.FollowUps)
            activity.Comments.Add(new ActivityComment
            {
                OrganisationId = year.OrganisationId, Text = text, Status = demo.Status, ProgressPercent = demo.Progress,
            });
        db.Activities.Add(activity);
    }

    private async Task AddPlanAsync(Domain.GovernanceModel model, OrgUnit unit, PlanningYear year, PlanState state, int revision = 1)
    {
        var db = seed.Db;
        var kind = PlanKinds.For(unit.Kind)!.Value;
        var plan = new Plan
        {
            OrganisationId = unit.OrganisationId, OrgUnit = unit, PlanningYear = year, Revision = revision, Kind = kind,
            Title = PlanRules.DefaultTitle(model, kind, year, unit),
            State = state == PlanState.Decided ? PlanState.InPreparation : state,
        };
        foreach (var (section, i) in Sections.Select((s, i) => (s, i)))
            plan.Sections.Add(new PlanSection { OrganisationId = unit.OrganisationId, Heading = section.Heading, Body = section.Body, SortOrder = i });
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        if (state != PlanState.Decided)
            return;

        // Decided the year before the plan year: the assembly in its decision month, boards and committees in
        // December, administrations (by their committee) in February of the plan year itself.
        plan.State = PlanState.Decided;
        plan.DecidedBy = await PlanRules.DecidingBodyAsync(db, unit);
        plan.DecidedOn = kind switch
        {
            PlanKind.Assembly => new DateOnly(year.Year - 1, model.AssemblyPlanDecisionMonth, 15),
            PlanKind.Committee => new DateOnly(year.Year - 1, 12, 10),
            _ => new DateOnly(year.Year, 2, 20),
        };
        plan.DecisionParagraph = $"§ {_paragraph++}";
        plan.RegistryNumber = $"{year.Year - 1}/{100 + _paragraph:0000}";
        plan.Snapshot = await PlanContentReader.SnapshotAsync(db, plan);
        await db.SaveChangesAsync();
    }
}
