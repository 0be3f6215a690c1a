using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Workshops;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class WorkshopSessionConfiguration : IEntityTypeConfiguration<WorkshopSession>
{
    public void Configure(EntityTypeBuilder<WorkshopSession> builder)
    {
        builder.Property(s => s.Topic).HasMaxLength(200).IsRequired();
        builder.Property(s => s.AttendanceSecret).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => new { s.WorkshopId, s.StartsAt });
    }
}
