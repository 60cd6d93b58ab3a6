using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.GovernanceModel.Templates;

/// <summary>
/// A governance model to start an organisation from. The shipped ones are the two regions' models
/// of the seeds; an administrator adjusts them afterwards in the model pages.
/// </summary>
public sealed record ModelTemplate(
    string Key,
    string ModelName,
    string Vision,
    string ValuesStatement,
    string ValuesDescription,
    string[] SteeringKinds,
    string AssemblyPlanName,
    string CommitteePlanName,
    int AssemblyPlanDecisionMonth,
    int PlanHorizonYears,
    LevelTemplate[] Levels,
    PerspectiveTemplate[] Perspectives,
    ReportTypeTemplate[] ReportTypes)
{
    public static readonly IReadOnlyList<ModelTemplate> All = [HallandTemplate.Model, BlekingeTemplate.Model, Empty];

    public static ModelTemplate Empty => new("tom", "Styrmodell", "", "", "", [], "Mål och budget", "Verksamhetsplan", 6, 3, [], [], []);

    public static ModelTemplate? Find(string key) =>
        All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the model, its levels (with allowed links), perspectives and report cycle to the organisation.</summary>
    public async Task<Dictionary<string, GoalLevel>> ApplyAsync(StyrkedjaDbContext db, int organisationId)
    {
        db.GovernanceModels.Add(new Domain.GovernanceModel
        {
            OrganisationId = organisationId,
            Name = ModelName,
            Vision = Vision,
            ValuesStatement = ValuesStatement,
            ValuesDescription = ValuesDescription,
            SteeringKinds = string.Join('\n', SteeringKinds),
            AssemblyPlanName = AssemblyPlanName,
            CommitteePlanName = CommitteePlanName,
            AssemblyPlanDecisionMonth = AssemblyPlanDecisionMonth,
            DefaultPlanHorizonYears = PlanHorizonYears,
        });
        foreach (var (p, i) in Perspectives.Select((p, i) => (p, i)))
            db.Perspectives.Add(new Perspective
            {
                OrganisationId = organisationId, Name = p.Name, Description = p.Description, SortOrder = i,
                IsOverarching = p.IsOverarching, ForGoals = p.ForGoals, ForIndicators = p.ForIndicators,
            });
        foreach (var (t, i) in ReportTypes.Select((t, i) => (t, i)))
            db.ReportTypes.Add(new ReportType
            {
                OrganisationId = organisationId, Name = t.Name, ConsolidatedName = t.ConsolidatedName, Months = t.Months,
                Writers = t.Writers, DueDays = t.DueDays, ToAssembly = t.ToAssembly,
                IncludesInternalControl = t.IncludesInternalControl, SortOrder = i,
            });
        var levels = new Dictionary<string, GoalLevel>();
        foreach (var (l, i) in Levels.Select((l, i) => (l, i)))
        {
            var level = new GoalLevel
            {
                OrganisationId = organisationId, Name = l.Name, PluralName = l.PluralName,
                Description = l.Description, SortOrder = i, OwnerKinds = l.OwnerKinds,
                UsesPerspective = l.UsesPerspective,
            };
            db.GoalLevels.Add(level);
            levels[l.Name] = level;
        }
        await db.SaveChangesAsync();
        foreach (var l in Levels)
            foreach (var parent in l.ParentLevels)
                db.GoalLevelLinks.Add(new GoalLevelLink
                {
                    OrganisationId = organisationId, LevelId = levels[l.Name].Id, ParentLevelId = levels[parent].Id,
                });
        await db.SaveChangesAsync();
        return levels;
    }
}

public sealed record LevelTemplate(
    string Name,
    string PluralName,
    string Description,
    OrgUnitKind OwnerKinds,
    bool UsesPerspective,
    params string[] ParentLevels);

public sealed record PerspectiveTemplate(
    string Name,
    string Description,
    bool ForGoals,
    bool ForIndicators,
    bool IsOverarching = false);

/// <summary>A step of the report cycle; see <see cref="ReportType"/>.</summary>
public sealed record ReportTypeTemplate(
    string Name,
    string ConsolidatedName,
    string Months,
    ReportWriters Writers,
    int DueDays,
    bool ToAssembly = false,
    bool IncludesInternalControl = false);
