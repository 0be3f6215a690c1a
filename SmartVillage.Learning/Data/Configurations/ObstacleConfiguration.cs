using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class ObstacleConfiguration : IEntityTypeConfiguration<Obstacle>
{
    public void Configure(EntityTypeBuilder<Obstacle> builder)
    {
        builder.Property(o => o.VillageCode).HasMaxLength(13).IsRequired();
        builder.Property(o => o.RegencyCode).HasMaxLength(5).IsRequired();
        builder.Property(o => o.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Description).HasMaxLength(Obstacle.MaxDescription).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.OfficialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Village>().WithMany().HasForeignKey(o => o.VillageCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Entries).WithOne().HasForeignKey(e => e.ObstacleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        // "Open obstacles by age": unresolved ones, oldest first.
        builder.HasIndex(o => new { o.Status, o.OpenedAt });
        builder.HasIndex(o => o.OfficialId);
        // Reports: obstacles per regency, category and status (GROUP BY in the database).
        builder.HasIndex(o => new { o.RegencyCode, o.Category, o.Status });
    }
}
