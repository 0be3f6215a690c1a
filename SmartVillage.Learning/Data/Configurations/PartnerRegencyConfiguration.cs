using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Networks;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class PartnerRegencyConfiguration : IEntityTypeConfiguration<PartnerRegency>
{
    public void Configure(EntityTypeBuilder<PartnerRegency> builder)
    {
        builder.HasKey(r => new { r.PartnerId, r.RegencyCode });
        builder.Property(r => r.RegencyCode).HasMaxLength(5);
        builder.HasOne<Regency>().WithMany().HasForeignKey(r => r.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        // "Partners covering this regency" starts from the regency.
        builder.HasIndex(r => r.RegencyCode);
    }
}
