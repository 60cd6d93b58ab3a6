using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Data;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
        b.HasOne(p => p.OrgUnit).WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.PlanningYear).WithMany().HasForeignKey(p => p.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.DecidedBy).HasMaxLength(200);
        b.Property(p => p.DecisionParagraph).HasMaxLength(50);
        b.Property(p => p.RegistryNumber).HasMaxLength(100);
        // One row per revision; two users starting a new revision at once cannot both succeed.
        b.HasIndex(p => new { p.OrgUnitId, p.PlanningYearId, p.Revision }).IsUnique();
        b.HasIndex(p => new { p.OrganisationId, p.PlanningYearId });
    }
}

internal sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> b)
    {
        b.HasOne(s => s.Plan).WithMany(p => p.Sections).HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Heading).HasMaxLength(200);
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId);
        b.HasOne(a => a.PlanningYear).WithMany().HasForeignKey(a => a.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.OwnerUnit).WithMany().HasForeignKey(a => a.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Responsible).WithMany().HasForeignKey(a => a.ResponsibleUserId).OnDelete(DeleteBehavior.SetNull);
        b.Property(a => a.Title).HasMaxLength(300);
        b.HasIndex(a => new { a.OrganisationId, a.PlanningYearId, a.OwnerUnitId });
        b.HasIndex(a => a.ResponsibleUserId);
    }
}

internal sealed class ActivityGoalConfiguration : IEntityTypeConfiguration<ActivityGoal>
{
    public void Configure(EntityTypeBuilder<ActivityGoal> b)
    {
        b.HasKey(l => new { l.ActivityId, l.GoalId });
        b.HasOne(l => l.Activity).WithMany(a => a.Goals).HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Goal).WithMany().HasForeignKey(l => l.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.GoalId);
    }
}

internal sealed class ActivityIndicatorConfiguration : IEntityTypeConfiguration<ActivityIndicator>
{
    public void Configure(EntityTypeBuilder<ActivityIndicator> b)
    {
        b.HasKey(l => new { l.ActivityId, l.IndicatorId });
        b.HasOne(l => l.Activity).WithMany(a => a.Indicators).HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Indicator).WithMany().HasForeignKey(l => l.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.IndicatorId);
    }
}

internal sealed class ActivityCommentConfiguration : IEntityTypeConfiguration<ActivityComment>
{
    public void Configure(EntityTypeBuilder<ActivityComment> b)
    {
        b.HasOne(c => c.Activity).WithMany(a => a.Comments).HasForeignKey(c => c.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Text).HasMaxLength(4000);
    }
}
