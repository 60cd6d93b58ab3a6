using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Plans;

/// <summary>
/// The rules of a plan's life that every plan page follows: which revision may still change, who
/// normally decides a plan, what a new plan starts with and how a new revision is made.
/// </summary>
public static class PlanRules
{
    /// <summary>TempData key of a refusal shown at the top of the plan page after a redirect.</summary>
    public const string RefusalKey = "PlanRefusal";

    /// <summary>The latest revision number of the unit's plan for the year (0 when it has none).</summary>
    public static async Task<int> LatestRevisionAsync(StyrkedjaDbContext db, int unitId, int yearId) =>
        await db.Plans.Where(p => p.OrgUnitId == unitId && p.PlanningYearId == yearId)
            .MaxAsync(p => (int?)p.Revision) ?? 0;

    /// <summary>
    /// Why the plan's content (title, sections, state) may not change, in Swedish; null when it may.
    /// A decided plan is locked, and an older revision is history: both stay as they were.
    /// </summary>
    public static async Task<string?> WhyLockedAsync(StyrkedjaDbContext db, Plan plan)
    {
        if (plan.IsLocked)
            return PlanText.ErrorLocked;
        if (plan.Revision < await LatestRevisionAsync(db, plan.OrgUnitId, plan.PlanningYearId))
            return PlanText.ErrorOlderRevision;
        return null;
    }

    /// <summary>
    /// The body that normally decides the unit's plan: fullmäktige and committees decide their own,
    /// an administration's (or its operations') plan is decided by its committee, the nearest ancestor
    /// that is a nämnd or styrelse.
    /// </summary>
    public static async Task<string> DecidingBodyAsync(StyrkedjaDbContext db, OrgUnit unit)
    {
        if (PlanKinds.For(unit.Kind) is not PlanKind.Administration)
            return unit.Name;
        var ancestorIds = unit.Lineage;
        var committees = await db.OrgUnits
            .Where(u => ancestorIds.Contains(u.Id) && (u.Kind == OrgUnitKind.Namnd || u.Kind == OrgUnitKind.Styrelse))
            .ToListAsync();
        return committees.OrderByDescending(u => u.Path.Length).FirstOrDefault()?.Name ?? "";
    }

    /// <summary>The title a new plan is offered: "Verksamhetsplan 2026–2028 – Hälso- och sjukvårdsnämnden".</summary>
    public static string DefaultTitle(Domain.GovernanceModel model, PlanKind kind, PlanningYear year, OrgUnit unit) =>
        $"{PlanKinds.NameIn(model, kind)} {year.Year}–{year.LastPlanYear} – {unit.Name}";

    /// <summary>
    /// The free sections a new plan starts with. The budget section holds the place of the budget part
    /// until the economy module fills it.
    /// </summary>
    public static List<PlanSection> DefaultSections(int organisationId) =>
    [
        new() { OrganisationId = organisationId, Heading = PlanText.SectionSummary, SortOrder = 1 },
        new() { OrganisationId = organisationId, Heading = PlanText.SectionEnvironment, SortOrder = 2 },
        new() { OrganisationId = organisationId, Heading = PlanText.SectionPriorities, SortOrder = 3 },
        new() { OrganisationId = organisationId, Heading = PlanText.SectionBudget, Body = PlanText.SectionBudgetBody, SortOrder = 4 },
    ];

    /// <summary>The next revision of a decided plan: a draft with the same title and a copy of its sections.</summary>
    public static Plan NextRevision(Plan decided) => new()
    {
        OrganisationId = decided.OrganisationId,
        OrgUnitId = decided.OrgUnitId,
        PlanningYearId = decided.PlanningYearId,
        Revision = decided.Revision + 1,
        Kind = decided.Kind,
        Title = decided.Title,
        State = PlanState.Draft,
        Sections = decided.Sections.OrderBy(s => s.SortOrder).Select(s => new PlanSection
        {
            OrganisationId = s.OrganisationId, Heading = s.Heading, Body = s.Body, SortOrder = s.SortOrder,
        }).ToList(),
    };
}
