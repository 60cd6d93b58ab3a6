using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Data;

// Amounts are tkr or kronor with two decimals; 18 digits hold a region's whole ledger.

internal sealed class BudgetProposalConfiguration : IEntityTypeConfiguration<BudgetProposal>
{
    public void Configure(EntityTypeBuilder<BudgetProposal> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
        b.HasOne(p => p.PlanningYear).WithMany().HasForeignKey(p => p.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Name).HasMaxLength(300);
        b.Property(p => p.Party).HasMaxLength(300);
        b.Property(p => p.DecidedBy).HasMaxLength(200);
        b.Property(p => p.DecisionParagraph).HasMaxLength(50);
        b.Property(p => p.RegistryNumber).HasMaxLength(100);
        b.HasIndex(p => new { p.PlanningYearId, p.Name }).IsUnique();
    }
}

internal sealed class BudgetProposalYearConfiguration : IEntityTypeConfiguration<BudgetProposalYear>
{
    public void Configure(EntityTypeBuilder<BudgetProposalYear> b)
    {
        b.HasOne(y => y.Proposal).WithMany(p => p.Years).HasForeignKey(y => y.BudgetProposalId).OnDelete(DeleteBehavior.Cascade);
        b.Property(y => y.TaxRate).HasPrecision(6, 2);
        b.Property(y => y.TaxRevenue).HasPrecision(18, 2);
        b.Property(y => y.FinancialNet).HasPrecision(18, 2);
        b.HasIndex(y => new { y.BudgetProposalId, y.Year }).IsUnique();
    }
}

internal sealed class BudgetFrameConfiguration : IEntityTypeConfiguration<BudgetFrame>
{
    public void Configure(EntityTypeBuilder<BudgetFrame> b)
    {
        b.HasOne(f => f.Proposal).WithMany(p => p.Frames).HasForeignKey(f => f.BudgetProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(f => f.OrgUnit).WithMany().HasForeignKey(f => f.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.OperatingFrame).HasPrecision(18, 2);
        b.Property(f => f.InvestmentFrame).HasPrecision(18, 2);
        b.HasIndex(f => new { f.BudgetProposalId, f.OrgUnitId, f.Year }).IsUnique();
    }
}

internal sealed class FinancialGoalConfiguration : IEntityTypeConfiguration<FinancialGoal>
{
    public void Configure(EntityTypeBuilder<FinancialGoal> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId);
        b.Property(g => g.Name).HasMaxLength(300);
        b.Property(g => g.Percent).HasPrecision(6, 2);
    }
}

internal sealed class InvestmentPlanConfiguration : IEntityTypeConfiguration<InvestmentPlan>
{
    public void Configure(EntityTypeBuilder<InvestmentPlan> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
        b.HasOne(p => p.PlanningYear).WithMany().HasForeignKey(p => p.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.DecidedBy).HasMaxLength(200);
        b.Property(p => p.DecisionParagraph).HasMaxLength(50);
        b.Property(p => p.RegistryNumber).HasMaxLength(100);
        b.HasIndex(p => p.PlanningYearId).IsUnique();
    }
}

internal sealed class InvestmentNeedConfiguration : IEntityTypeConfiguration<InvestmentNeed>
{
    public void Configure(EntityTypeBuilder<InvestmentNeed> b)
    {
        b.HasOne(n => n.Plan).WithMany(p => p.Needs).HasForeignKey(n => n.InvestmentPlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(n => n.OrgUnit).WithMany().HasForeignKey(n => n.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(n => n.Title).HasMaxLength(300);
        b.Property(n => n.AssessmentComment).HasMaxLength(2000);
        b.HasIndex(n => new { n.InvestmentPlanId, n.OrgUnitId });
    }
}

internal sealed class InvestmentAmountConfiguration : IEntityTypeConfiguration<InvestmentAmount>
{
    public void Configure(EntityTypeBuilder<InvestmentAmount> b)
    {
        b.HasOne(a => a.Need).WithMany(n => n.Amounts).HasForeignKey(a => a.InvestmentNeedId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Amount).HasPrecision(18, 2);
        b.HasIndex(a => new { a.InvestmentNeedId, a.Year }).IsUnique();
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId);
        b.Property(l => l.Name).HasMaxLength(200);
        b.HasIndex(l => new { l.OrganisationId, l.Name }).IsUnique();
    }
}

internal sealed class AccountMappingConfiguration : IEntityTypeConfiguration<AccountMapping>
{
    public void Configure(EntityTypeBuilder<AccountMapping> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId);
        b.HasOne(m => m.BudgetLine).WithMany().HasForeignKey(m => m.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => new { m.OrganisationId, m.FromAccount });
    }
}

internal sealed class LedgerObjectMappingConfiguration : IEntityTypeConfiguration<LedgerObjectMapping>
{
    public void Configure(EntityTypeBuilder<LedgerObjectMapping> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId);
        b.HasOne(m => m.OrgUnit).WithMany().HasForeignKey(m => m.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.ObjectCode).HasMaxLength(100);
        b.HasIndex(m => new { m.OrganisationId, m.Dimension, m.ObjectCode }).IsUnique();
    }
}

internal sealed class LedgerImportConfiguration : IEntityTypeConfiguration<LedgerImport>
{
    public void Configure(EntityTypeBuilder<LedgerImport> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId);
        b.Property(i => i.FileName).HasMaxLength(300);
        b.Property(i => i.ProgramName).HasMaxLength(200);
    }
}

internal sealed class LedgerAmountConfiguration : IEntityTypeConfiguration<LedgerAmount>
{
    public void Configure(EntityTypeBuilder<LedgerAmount> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId);
        // Replacing a period deletes its rows in bulk; the import record stays as the audit of what was written.
        b.HasOne<LedgerImport>().WithMany().HasForeignKey(a => a.LedgerImportId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BudgetLine>().WithMany().HasForeignKey(a => a.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Amount).HasPrecision(18, 2);
        b.HasIndex(a => new { a.OrganisationId, a.Year, a.Month, a.Kind });
        b.HasIndex(a => new { a.OrgUnitId, a.Year });
    }
}

internal sealed class EconomyForecastConfiguration : IEntityTypeConfiguration<EconomyForecast>
{
    public void Configure(EntityTypeBuilder<EconomyForecast> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId);
        b.HasOne(f => f.OrgUnit).WithMany().HasForeignKey(f => f.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.ReportRound).WithMany().HasForeignKey(f => f.ReportRoundId).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.ProposedAmount).HasPrecision(18, 2);
        b.Property(f => f.Amount).HasPrecision(18, 2);
        b.Property(f => f.Comment).HasMaxLength(4000);
        b.HasIndex(f => new { f.OrgUnitId, f.ReportRoundId }).IsUnique();
    }
}
