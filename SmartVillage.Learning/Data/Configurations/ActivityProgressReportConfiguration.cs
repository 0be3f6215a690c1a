using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class ActivityProgressReportConfiguration : IEntityTypeConfiguration<ActivityProgressReport>
{
    public void Configure(EntityTypeBuilder<ActivityProgressReport> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(1000);
        // The plan's cascade already removes reports; the reporter link takes no database action.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.ClientCascade);
    }
}
