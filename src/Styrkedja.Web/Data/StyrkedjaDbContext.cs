using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Data;

/// <summary>
/// The one database context. Two thin subclasses (<see cref="SqliteStyrkedjaDbContext"/>,
/// <see cref="PostgresStyrkedjaDbContext"/>) exist only so that each provider keeps its own
/// migrations (see docs/decisions/0002). Every save stamps tracked entities and writes the audit log.
/// </summary>
public abstract class StyrkedjaDbContext : IdentityUserContext<AppUser>, IDataProtectionKeyContext
{
    private readonly CurrentUser _user;

    protected StyrkedjaDbContext(DbContextOptions options, CurrentUser user) : base(options)
    {
        _user = user;
    }

    private int? _organisationOverride;

    /// <summary>
    /// The organisation whose rows queries see: the logged-in user's, read at query time, or one the
    /// command line sets. Null means no organisation's rows are visible.
    /// </summary>
    public int? OrganisationId
    {
        get => _organisationOverride ?? _user.OrganisationId;
        set => _organisationOverride = value;
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<GovernanceModel> GovernanceModels => Set<GovernanceModel>();
    public DbSet<GoalLevel> GoalLevels => Set<GoalLevel>();
    public DbSet<GoalLevelLink> GoalLevelLinks => Set<GoalLevelLink>();
    public DbSet<Perspective> Perspectives => Set<Perspective>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<BasicMission> BasicMissions => Set<BasicMission>();
    public DbSet<PlanningYear> PlanningYears => Set<PlanningYear>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<GoalLink> GoalLinks => Set<GoalLink>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorAdoption> IndicatorAdoptions => Set<IndicatorAdoption>();
    public DbSet<GoalIndicator> GoalIndicators => Set<GoalIndicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<TargetValue> TargetValues => Set<TargetValue>();
    public DbSet<GoalAssessment> GoalAssessments => Set<GoalAssessment>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<KoladaValue> KoladaValues => Set<KoladaValue>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanSection> PlanSections => Set<PlanSection>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivityGoal> ActivityGoals => Set<ActivityGoal>();
    public DbSet<ActivityIndicator> ActivityIndicators => Set<ActivityIndicator>();
    public DbSet<ActivityComment> ActivityComments => Set<ActivityComment>();
    public DbSet<ReportType> ReportTypes => Set<ReportType>();
    public DbSet<ReportRound> ReportRounds => Set<ReportRound>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ReportSection> ReportSections => Set<ReportSection>();
    public DbSet<ReportGoalAssessment> ReportGoalAssessments => Set<ReportGoalAssessment>();
    public DbSet<ProcessStep> ProcessSteps => Set<ProcessStep>();
    public DbSet<YearWheelItem> YearWheelItems => Set<YearWheelItem>();
    public DbSet<ProcessEvaluation> ProcessEvaluations => Set<ProcessEvaluation>();
    public DbSet<ProcessChange> ProcessChanges => Set<ProcessChange>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingParticipant> MeetingParticipants => Set<MeetingParticipant>();
    public DbSet<MeetingAction> MeetingActions => Set<MeetingAction>();
    public DbSet<RiskScaleStep> RiskScaleSteps => Set<RiskScaleStep>();
    public DbSet<Risk> Risks => Set<Risk>();
    public DbSet<InternalControlPlan> InternalControlPlans => Set<InternalControlPlan>();
    public DbSet<Control> Controls => Set<Control>();
    public DbSet<ControlResult> ControlResults => Set<ControlResult>();
    public DbSet<ControlAction> ControlActions => Set<ControlAction>();
    public DbSet<PlanningPremises> PlanningPremises => Set<PlanningPremises>();
    public DbSet<PremiseSection> PremiseSections => Set<PremiseSection>();
    public DbSet<PlanningDirective> PlanningDirectives => Set<PlanningDirective>();
    public DbSet<DirectiveAssignment> DirectiveAssignments => Set<DirectiveAssignment>();
    public DbSet<BudgetProposal> BudgetProposals => Set<BudgetProposal>();
    public DbSet<BudgetProposalYear> BudgetProposalYears => Set<BudgetProposalYear>();
    public DbSet<BudgetFrame> BudgetFrames => Set<BudgetFrame>();
    public DbSet<FinancialGoal> FinancialGoals => Set<FinancialGoal>();
    public DbSet<InvestmentPlan> InvestmentPlans => Set<InvestmentPlan>();
    public DbSet<InvestmentNeed> InvestmentNeeds => Set<InvestmentNeed>();
    public DbSet<InvestmentAmount> InvestmentAmounts => Set<InvestmentAmount>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<AccountMapping> AccountMappings => Set<AccountMapping>();
    public DbSet<LedgerObjectMapping> LedgerObjectMappings => Set<LedgerObjectMapping>();
    public DbSet<LedgerImport> LedgerImports => Set<LedgerImport>();
    public DbSet<LedgerAmount> LedgerAmounts => Set<LedgerAmount>();
    public DbSet<EconomyForecast> EconomyForecasts => Set<EconomyForecast>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(StyrkedjaDbContext).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).ToList())
        {
            if (typeof(TrackedEntity).IsAssignableFrom(type))
                builder.Entity(type).Property(nameof(TrackedEntity.Version)).IsConcurrencyToken();
            if (typeof(IOrganisationScoped).IsAssignableFrom(type))
                ApplyOrganisationFilterMethod.MakeGenericMethod(type).Invoke(this, [builder]);
        }
        builder.Entity<AuditEntry>().HasQueryFilter(a => a.OrganisationId == OrganisationId);
    }

    private static readonly System.Reflection.MethodInfo ApplyOrganisationFilterMethod =
        typeof(StyrkedjaDbContext).GetMethod(nameof(ApplyOrganisationFilter),
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    // Tenant isolation in one place: no handler can forget it.
    private void ApplyOrganisationFilter<T>(ModelBuilder builder) where T : class, IOrganisationScoped =>
        builder.Entity<T>().HasQueryFilter(e => e.OrganisationId == OrganisationId);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default)
    {
        var trail = AuditTrail.Capture(ChangeTracker, _user, DateTime.UtcNow);
        if (trail.IsEmpty)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // Generated keys are known only after the first save; both saves share one transaction so
        // that a change is never stored without its audit entry.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(trail.ToEntries());
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
                await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null)
                await ownTransaction.DisposeAsync();
        }
    }
}

public sealed class SqliteStyrkedjaDbContext(DbContextOptions<SqliteStyrkedjaDbContext> options, CurrentUser user)
    : StyrkedjaDbContext(options, user);

public sealed class PostgresStyrkedjaDbContext(DbContextOptions<PostgresStyrkedjaDbContext> options, CurrentUser user)
    : StyrkedjaDbContext(options, user);
