using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(150).IsRequired();
        builder.Property(u => u.Position).HasConversion<string>().HasMaxLength(40);
        builder.Property(u => u.Gender).HasConversion<string>().HasMaxLength(10);
        builder.Property(u => u.VillageCode).HasMaxLength(13);
        builder.Property(u => u.ReviewerRegencyCode).HasMaxLength(5);
        builder.Property(u => u.PreferredCulture).HasMaxLength(5).IsRequired();
        builder.HasOne<Village>().WithMany().HasForeignKey(u => u.VillageCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regency>().WithMany().HasForeignKey(u => u.ReviewerRegencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.VillageCode);
        // Sign-in looks people up by phone; two people never share one.
        builder.HasIndex(u => u.PhoneNumber).IsUnique();
        builder.Property(u => u.PhoneNumber).HasMaxLength(20);
    }
}
