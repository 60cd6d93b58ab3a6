using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(200);
        b.HasIndex(o => o.Name).IsUnique();
    }
}

internal sealed class GovernanceModelConfiguration : IEntityTypeConfiguration<GovernanceModel>
{
    public void Configure(EntityTypeBuilder<GovernanceModel> b)
    {
        b.HasOne<Organisation>().WithOne().HasForeignKey<GovernanceModel>(m => m.OrganisationId);
        b.Property(m => m.Name).HasMaxLength(200);
        b.Property(m => m.Vision).HasMaxLength(500);
        b.Property(m => m.ValuesStatement).HasMaxLength(200);
        b.Property(m => m.AssemblyPlanName).HasMaxLength(200);
        b.Property(m => m.CommitteePlanName).HasMaxLength(200);
        b.Property(m => m.AdministrationPlanName).HasMaxLength(200);
    }
}

internal sealed class GoalLevelConfiguration : IEntityTypeConfiguration<GoalLevel>
{
    public void Configure(EntityTypeBuilder<GoalLevel> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.PluralName).HasMaxLength(100);
        b.HasMany(l => l.AllowedParents).WithOne().HasForeignKey(k => k.LevelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GoalLevelLinkConfiguration : IEntityTypeConfiguration<GoalLevelLink>
{
    public void Configure(EntityTypeBuilder<GoalLevelLink> b)
    {
        b.HasKey(k => new { k.LevelId, k.ParentLevelId });
        b.HasOne(k => k.ParentLevel).WithMany().HasForeignKey(k => k.ParentLevelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PerspectiveConfiguration : IEntityTypeConfiguration<Perspective>
{
    public void Configure(EntityTypeBuilder<Perspective> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
        b.Property(p => p.Name).HasMaxLength(200);
    }
}

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId);
        b.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.Path).HasMaxLength(400);
        b.HasIndex(u => new { u.OrganisationId, u.Path });
    }
}

internal sealed class BasicMissionConfiguration : IEntityTypeConfiguration<BasicMission>
{
    public void Configure(EntityTypeBuilder<BasicMission> b)
    {
        b.HasOne(m => m.OrgUnit).WithOne().HasForeignKey<BasicMission>(m => m.OrgUnitId);
        b.HasIndex(m => m.OrgUnitId).IsUnique();
    }
}

internal sealed class PlanningYearConfiguration : IEntityTypeConfiguration<PlanningYear>
{
    public void Configure(EntityTypeBuilder<PlanningYear> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(y => y.OrganisationId);
        b.HasIndex(y => new { y.OrganisationId, y.Year }).IsUnique();
    }
}

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId);
        b.HasOne(g => g.PlanningYear).WithMany().HasForeignKey(g => g.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(g => g.Level).WithMany().HasForeignKey(g => g.LevelId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(g => g.OwnerUnit).WithMany().HasForeignKey(g => g.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(g => g.Perspective).WithMany().HasForeignKey(g => g.PerspectiveId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Goal>().WithMany().HasForeignKey(g => g.CopiedFromId).OnDelete(DeleteBehavior.SetNull);
        b.Property(g => g.Title).HasMaxLength(300);
        b.HasIndex(g => new { g.OrganisationId, g.PlanningYearId });
    }
}

internal sealed class GoalLinkConfiguration : IEntityTypeConfiguration<GoalLink>
{
    public void Configure(EntityTypeBuilder<GoalLink> b)
    {
        b.HasKey(l => new { l.GoalId, l.ParentGoalId });
        b.HasOne(l => l.Goal).WithMany(g => g.ContributesTo).HasForeignKey(l => l.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.ParentGoal).WithMany().HasForeignKey(l => l.ParentGoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.ParentGoalId);
    }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(g => g.OrgUnit).WithMany().HasForeignKey(g => g.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(g => g.Role).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(g => g.UserId);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId);
        b.Property(u => u.DisplayName).HasMaxLength(200);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.Property(a => a.SubjectType).HasMaxLength(100);
        b.Property(a => a.SubjectId).HasMaxLength(100);
        b.Property(a => a.UserName).HasMaxLength(200);
        b.HasIndex(a => new { a.OrganisationId, a.SubjectType, a.SubjectId });
        b.HasIndex(a => new { a.OrganisationId, a.Timestamp });
    }
}
