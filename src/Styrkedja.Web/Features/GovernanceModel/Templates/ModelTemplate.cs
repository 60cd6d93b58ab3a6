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
    ReportTypeTemplate[] ReportTypes,
    ProcessStepTemplate[] ProcessSteps)
{
    public static readonly IReadOnlyList<ModelTemplate> All = [HallandTemplate.Model, BlekingeTemplate.Model, Empty];

    public static ModelTemplate Empty => new("tom", "Styrmodell", "", "", "", [], "Mål och budget", "Verksamhetsplan", 6, 3, [], [], [], []);

    public static ModelTemplate? Find(string key) =>
        All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Adds the model, its levels (with allowed links), perspectives, report cycle, process template and risk
    /// scales to the organisation.
    /// </summary>
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
        var reportTypes = ReportTypes.Select((t, i) => new ReportType
        {
            OrganisationId = organisationId, Name = t.Name, ConsolidatedName = t.ConsolidatedName, Months = t.Months,
            Writers = t.Writers, DueDays = t.DueDays, ToAssembly = t.ToAssembly,
            IncludesInternalControl = t.IncludesInternalControl, SortOrder = i,
        }).ToDictionary(t => t.Name);
        db.ReportTypes.AddRange(reportTypes.Values);
        foreach (var (step, i) in ProcessSteps.Select((s, i) => (s, i)))
            db.ProcessSteps.Add(new ProcessStep
            {
                OrganisationId = organisationId, Name = step.Name, Months = step.Months, Day = step.Day, Body = step.Body,
                Produces = step.Produces, Purpose = step.Purpose, MeetingType = step.MeetingType, SortOrder = i,
                ReportType = step.ReportType is { } type ? reportTypes[type] : null,
            });
        InternalControl.RiskScales.AddStandard(db, organisationId);
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

/// <summary>
/// A step of the process template; see <see cref="ProcessStep"/>. <paramref name="ReportType"/> names one of
/// the template's report types.
/// </summary>
public sealed record ProcessStepTemplate(
    string Name,
    string Months,
    int Day,
    ProcessBody Body,
    ProcessOutput Produces,
    string Purpose,
    string? ReportType = null,
    MeetingType? MeetingType = null);
