using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class ObstacleEntryConfiguration : IEntityTypeConfiguration<ObstacleEntry>
{
    public void Configure(EntityTypeBuilder<ObstacleEntry> builder)
    {
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.ClientCascade);
        builder.Ignore(e => e.IsStatusChange);
    }
}
