using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Data;

internal sealed class ProcessStepConfiguration : IEntityTypeConfiguration<ProcessStep>
{
    public void Configure(EntityTypeBuilder<ProcessStep> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId);
        b.HasOne(s => s.ReportType).WithMany().HasForeignKey(s => s.ReportTypeId).OnDelete(DeleteBehavior.SetNull);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Months).HasMaxLength(50);
        b.Property(s => s.Purpose).HasMaxLength(2000);
    }
}

internal sealed class YearWheelItemConfiguration : IEntityTypeConfiguration<YearWheelItem>
{
    public void Configure(EntityTypeBuilder<YearWheelItem> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId);
        b.HasOne(i => i.PlanningYear).WithMany().HasForeignKey(i => i.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        // A template step may be removed later; the year's items stay as they were planned.
        b.HasOne(i => i.ProcessStep).WithMany().HasForeignKey(i => i.ProcessStepId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(i => i.Meeting).WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<ReportType>().WithMany().HasForeignKey(i => i.ReportTypeId).OnDelete(DeleteBehavior.SetNull);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.Purpose).HasMaxLength(2000);
        b.HasIndex(i => new { i.OrganisationId, i.PlanningYearId, i.Date });
    }
}

internal sealed class ProcessEvaluationConfiguration : IEntityTypeConfiguration<ProcessEvaluation>
{
    public void Configure(EntityTypeBuilder<ProcessEvaluation> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId);
        b.HasOne(e => e.PlanningYear).WithMany().HasForeignKey(e => e.PlanningYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.PlanningYearId).IsUnique();
    }
}

internal sealed class ProcessChangeConfiguration : IEntityTypeConfiguration<ProcessChange>
{
    public void Configure(EntityTypeBuilder<ProcessChange> b)
    {
        b.HasOne(c => c.Evaluation).WithMany(e => e.Changes).HasForeignKey(c => c.ProcessEvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.ProcessStep).WithMany().HasForeignKey(c => c.ProcessStepId).OnDelete(DeleteBehavior.SetNull);
        b.Property(c => c.NewName).HasMaxLength(200);
        b.Property(c => c.NewMonths).HasMaxLength(50);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.TokenHash).HasMaxLength(64);
        b.HasIndex(f => f.TokenHash).IsUnique();
        b.HasIndex(f => new { f.OrganisationId, f.UserId }).IsUnique();
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId);
        b.Property(m => m.Title).HasMaxLength(300);
        b.Property(m => m.Location).HasMaxLength(300);
        b.HasIndex(m => new { m.OrganisationId, m.Date });
    }
}

internal sealed class MeetingParticipantConfiguration : IEntityTypeConfiguration<MeetingParticipant>
{
    public void Configure(EntityTypeBuilder<MeetingParticipant> b)
    {
        b.HasOne(p => p.Meeting).WithMany(m => m.Participants).HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(p => p.OrgUnit).WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.OrgUnitId);
        b.HasIndex(p => p.UserId);
    }
}

internal sealed class MeetingActionConfiguration : IEntityTypeConfiguration<MeetingAction>
{
    public void Configure(EntityTypeBuilder<MeetingAction> b)
    {
        b.HasOne(a => a.Meeting).WithMany(m => m.Actions).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
        b.Property(a => a.Text).HasMaxLength(1000);
        b.HasIndex(a => a.OwnerUserId);
    }
}
