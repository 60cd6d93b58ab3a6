using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Data;

internal sealed class RiskScaleStepConfiguration : IEntityTypeConfiguration<RiskScaleStep>
{
    public void Configure(EntityTypeBuilder<RiskScaleStep> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId);
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Description).HasMaxLength(1000);
        b.HasIndex(s => new { s.OrganisationId, s.Axis, s.Value }).IsUnique();
    }
}

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId);
        b.HasOne(r => r.OrgUnit).WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.PlanningYear).WithMany().HasForeignKey(r => r.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        // Deleting last year's risk leaves this year's as a risk of its own.
        b.HasOne(r => r.CarriedFrom).WithMany().HasForeignKey(r => r.CarriedFromId).OnDelete(DeleteBehavior.SetNull);
        b.Property(r => r.Title).HasMaxLength(300);
        b.Property(r => r.Area).HasMaxLength(200);
        b.Property(r => r.Owner).HasMaxLength(200);
        b.Ignore(r => r.Value);
        b.HasIndex(r => new { r.OrganisationId, r.PlanningYearId, r.OrgUnitId });
    }
}

internal sealed class InternalControlPlanConfiguration : IEntityTypeConfiguration<InternalControlPlan>
{
    public void Configure(EntityTypeBuilder<InternalControlPlan> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
        b.HasOne(p => p.OrgUnit).WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.PlanningYear).WithMany().HasForeignKey(p => p.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.DecidedBy).HasMaxLength(200);
        b.Property(p => p.DecisionParagraph).HasMaxLength(50);
        b.Property(p => p.RegistryNumber).HasMaxLength(100);
        b.HasIndex(p => new { p.OrgUnitId, p.PlanningYearId }).IsUnique();
    }
}

internal sealed class ControlConfiguration : IEntityTypeConfiguration<Control>
{
    public void Configure(EntityTypeBuilder<Control> b)
    {
        b.HasOne(c => c.Plan).WithMany(p => p.Controls).HasForeignKey(c => c.InternalControlPlanId).OnDelete(DeleteBehavior.Cascade);
        // A control outlives the risk it was chosen from: the plan is decided as it stands.
        b.HasOne(c => c.Risk).WithMany().HasForeignKey(c => c.RiskId).OnDelete(DeleteBehavior.SetNull);
        b.Property(c => c.Title).HasMaxLength(300);
        b.Property(c => c.Method).HasMaxLength(2000);
        b.Property(c => c.Responsible).HasMaxLength(200);
        b.Property(c => c.Frequency).HasMaxLength(200);
        b.Property(c => c.ReportedTo).HasMaxLength(200);
    }
}

internal sealed class ControlResultConfiguration : IEntityTypeConfiguration<ControlResult>
{
    public void Configure(EntityTypeBuilder<ControlResult> b)
    {
        b.HasOne(r => r.Control).WithMany(c => c.Results).HasForeignKey(r => r.ControlId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.ReportRound).WithMany().HasForeignKey(r => r.ReportRoundId).OnDelete(DeleteBehavior.Restrict);
        // One result per control and round; a null round is the year's result.
        b.HasIndex(r => new { r.ControlId, r.ReportRoundId }).IsUnique();
    }
}

internal sealed class ControlActionConfiguration : IEntityTypeConfiguration<ControlAction>
{
    public void Configure(EntityTypeBuilder<ControlAction> b)
    {
        b.HasOne(a => a.Result).WithMany(r => r.Actions).HasForeignKey(a => a.ControlResultId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ResponsibleUserId).OnDelete(DeleteBehavior.SetNull);
        b.Property(a => a.Text).HasMaxLength(1000);
        b.HasIndex(a => a.ResponsibleUserId);
    }
}

internal sealed class PlanningPremisesConfiguration : IEntityTypeConfiguration<PlanningPremises>
{
    public void Configure(EntityTypeBuilder<PlanningPremises> b)
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

internal sealed class PremiseSectionConfiguration : IEntityTypeConfiguration<PremiseSection>
{
    public void Configure(EntityTypeBuilder<PremiseSection> b)
    {
        b.HasOne(s => s.Premises).WithMany(p => p.Sections).HasForeignKey(s => s.PlanningPremisesId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.OrgUnit).WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.Heading).HasMaxLength(300);
    }
}

internal sealed class PlanningDirectiveConfiguration : IEntityTypeConfiguration<PlanningDirective>
{
    public void Configure(EntityTypeBuilder<PlanningDirective> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId);
        b.HasOne(d => d.PlanningYear).WithMany().HasForeignKey(d => d.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Premises).WithMany().HasForeignKey(d => d.PlanningPremisesId).OnDelete(DeleteBehavior.SetNull);
        b.Property(d => d.Title).HasMaxLength(300);
        b.Property(d => d.DecidedBy).HasMaxLength(200);
        b.Property(d => d.DecisionParagraph).HasMaxLength(50);
        b.Property(d => d.RegistryNumber).HasMaxLength(100);
        b.HasIndex(d => d.PlanningYearId).IsUnique();
    }
}

internal sealed class DirectiveAssignmentConfiguration : IEntityTypeConfiguration<DirectiveAssignment>
{
    public void Configure(EntityTypeBuilder<DirectiveAssignment> b)
    {
        b.HasOne(a => a.Directive).WithMany(d => d.Assignments).HasForeignKey(a => a.PlanningDirectiveId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.OrgUnit).WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.OperatingFrame).HasPrecision(18, 2);
        b.Property(a => a.InvestmentFrame).HasPrecision(18, 2);
        b.HasIndex(a => new { a.PlanningDirectiveId, a.OrgUnitId }).IsUnique();
    }
}
