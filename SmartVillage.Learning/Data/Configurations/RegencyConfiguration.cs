using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class RegencyConfiguration : IEntityTypeConfiguration<Regency>
{
    public void Configure(EntityTypeBuilder<Regency> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(5);
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.VillageTerm).HasMaxLength(20).IsRequired();
    }
}
