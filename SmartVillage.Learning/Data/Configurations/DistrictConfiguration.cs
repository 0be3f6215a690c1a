using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(8);
        builder.Property(d => d.RegencyCode).HasMaxLength(5).IsRequired();
        builder.Property(d => d.Name).HasMaxLength(100).IsRequired();
        builder.HasOne<Regency>().WithMany().HasForeignKey(d => d.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.RegencyCode);
    }
}
