using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Data;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId);
        b.HasOne(i => i.OwnerUnit).WithMany().HasForeignKey(i => i.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(i => i.Perspective).WithMany().HasForeignKey(i => i.PerspectiveId).OnDelete(DeleteBehavior.SetNull);
        b.Property(i => i.Name).HasMaxLength(300);
        b.Property(i => i.MeasureUnit).HasMaxLength(30);
        b.Property(i => i.ResponsiblePerson).HasMaxLength(200);
        b.Property(i => i.KoladaKpiId).HasMaxLength(20);
        b.Property(i => i.MinValue).HasPrecision(18, 4);
        b.Property(i => i.MaxValue).HasPrecision(18, 4);
        b.Property(i => i.TolerancePercent).HasPrecision(9, 4);
        b.HasIndex(i => new { i.OrganisationId, i.Name });
    }
}

internal sealed class IndicatorAdoptionConfiguration : IEntityTypeConfiguration<IndicatorAdoption>
{
    public void Configure(EntityTypeBuilder<IndicatorAdoption> b)
    {
        b.HasKey(a => new { a.IndicatorId, a.OrgUnitId });
        b.HasOne(a => a.Indicator).WithMany(i => i.Adoptions).HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.OrgUnit).WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.OrgUnitId);
    }
}

internal sealed class GoalIndicatorConfiguration : IEntityTypeConfiguration<GoalIndicator>
{
    public void Configure(EntityTypeBuilder<GoalIndicator> b)
    {
        b.HasKey(g => new { g.GoalId, g.IndicatorId });
        b.HasOne(g => g.Goal).WithMany().HasForeignKey(g => g.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(g => g.Indicator).WithMany().HasForeignKey(g => g.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => g.IndicatorId);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> b)
    {
        b.HasOne(v => v.Indicator).WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(v => v.OrgUnit).WithMany().HasForeignKey(v => v.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.Value).HasPrecision(18, 4);
        b.Property(v => v.Comment).HasMaxLength(1000);
        // One value per indicator, unit, period and gender row; the grid and the imports look values up by it.
        b.HasIndex(v => new { v.IndicatorId, v.OrgUnitId, v.Year, v.Period, v.Gender }).IsUnique();
        b.HasIndex(v => new { v.OrganisationId, v.OrgUnitId, v.Year });
    }
}

internal sealed class TargetValueConfiguration : IEntityTypeConfiguration<TargetValue>
{
    public void Configure(EntityTypeBuilder<TargetValue> b)
    {
        b.HasOne(t => t.Indicator).WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(t => t.OrgUnit).WithMany().HasForeignKey(t => t.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Value).HasPrecision(18, 4);
        b.HasIndex(t => new { t.IndicatorId, t.Year, t.OrgUnitId }).IsUnique();
    }
}

internal sealed class GoalAssessmentConfiguration : IEntityTypeConfiguration<GoalAssessment>
{
    public void Configure(EntityTypeBuilder<GoalAssessment> b)
    {
        b.HasOne(a => a.Goal).WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.GoalId).IsUnique();
        b.Property(a => a.Motivation).HasMaxLength(4000);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId);
        b.Property(k => k.Name).HasMaxLength(200);
        b.Property(k => k.Prefix).HasMaxLength(16);
        b.Property(k => k.KeyHash).HasMaxLength(64);
        b.HasIndex(k => k.KeyHash).IsUnique();
    }
}

internal sealed class KoladaValueConfiguration : IEntityTypeConfiguration<KoladaValue>
{
    public void Configure(EntityTypeBuilder<KoladaValue> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId);
        b.Property(k => k.KpiId).HasMaxLength(20);
        b.Property(k => k.MunicipalityId).HasMaxLength(10);
        b.Property(k => k.MunicipalityName).HasMaxLength(200);
        b.Property(k => k.Value).HasPrecision(18, 4);
        b.HasIndex(k => new { k.OrganisationId, k.KpiId, k.MunicipalityId, k.Year, k.Gender }).IsUnique();
    }
}
