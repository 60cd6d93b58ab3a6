using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Data;

internal sealed class ReportTypeConfiguration : IEntityTypeConfiguration<ReportType>
{
    public void Configure(EntityTypeBuilder<ReportType> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.ConsolidatedName).HasMaxLength(200);
        b.Property(t => t.Months).HasMaxLength(50);
    }
}

internal sealed class ReportRoundConfiguration : IEntityTypeConfiguration<ReportRound>
{
    public void Configure(EntityTypeBuilder<ReportRound> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId);
        b.HasOne(r => r.ReportType).WithMany().HasForeignKey(r => r.ReportTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.PlanningYear).WithMany().HasForeignKey(r => r.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        // One round per type and period: two controllers opening the same round cannot both succeed.
        b.HasIndex(r => new { r.ReportTypeId, r.PlanningYearId, r.Month }).IsUnique();
    }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId);
        b.HasOne(r => r.Round).WithMany(r => r.Reports).HasForeignKey(r => r.ReportRoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.OrgUnit).WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.ReturnComment).HasMaxLength(4000);
        b.Property(r => r.BudgetYear).HasPrecision(18, 2);
        b.Property(r => r.BudgetToDate).HasPrecision(18, 2);
        b.Property(r => r.OutcomeToDate).HasPrecision(18, 2);
        b.Property(r => r.ForecastYear).HasPrecision(18, 2);
        b.Property(r => r.DecidedBy).HasMaxLength(200);
        b.Property(r => r.DecisionParagraph).HasMaxLength(50);
        b.Property(r => r.RegistryNumber).HasMaxLength(100);
        b.HasIndex(r => new { r.ReportRoundId, r.OrgUnitId }).IsUnique();
        b.HasIndex(r => new { r.OrganisationId, r.OrgUnitId });
    }
}

internal sealed class ReportSectionConfiguration : IEntityTypeConfiguration<ReportSection>
{
    public void Configure(EntityTypeBuilder<ReportSection> b)
    {
        b.HasOne(s => s.Report).WithMany(r => r.Sections).HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Heading).HasMaxLength(200);
    }
}

internal sealed class ReportGoalAssessmentConfiguration : IEntityTypeConfiguration<ReportGoalAssessment>
{
    public void Configure(EntityTypeBuilder<ReportGoalAssessment> b)
    {
        b.HasOne(a => a.Report).WithMany(r => r.Assessments).HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Goal).WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.ReportId, a.GoalId }).IsUnique();
    }
}
