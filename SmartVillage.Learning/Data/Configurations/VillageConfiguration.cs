using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class VillageConfiguration : IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Village> builder)
    {
        builder.HasKey(v => v.Code);
        builder.Property(v => v.Code).HasMaxLength(13);
        builder.Property(v => v.DistrictCode).HasMaxLength(8).IsRequired();
        builder.Property(v => v.Name).HasMaxLength(100).IsRequired();
        builder.HasOne<District>().WithMany().HasForeignKey(v => v.DistrictCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.DistrictCode);
    }
}
