using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Networks;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class VillageProfileConfiguration : IEntityTypeConfiguration<VillageProfile>
{
    public void Configure(EntityTypeBuilder<VillageProfile> builder)
    {
        builder.HasKey(p => p.VillageCode);
        builder.Property(p => p.VillageCode).HasMaxLength(13);
        builder.Property(p => p.RegencyCode).HasMaxLength(5).IsRequired();
        builder.Property(p => p.Potential).HasMaxLength(4000);
        builder.HasOne<Village>().WithOne().HasForeignKey<VillageProfile>(p => p.VillageCode).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Regency>().WithMany().HasForeignKey(p => p.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.ContactUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UpdatedById).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(p => p.Initiatives).WithOne().HasForeignKey(i => i.VillageCode).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Initiatives).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => p.RegencyCode);
    }
}
