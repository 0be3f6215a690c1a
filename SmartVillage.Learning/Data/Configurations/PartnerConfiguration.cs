using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.Areas).HasMaxLength(600);
        builder.Property(p => p.ContactName).HasMaxLength(120);
        builder.Property(p => p.ContactPhone).HasMaxLength(30);
        builder.Property(p => p.ContactEmail).HasMaxLength(200);
        builder.Property(p => p.Website).HasMaxLength(300);
        builder.HasMany(p => p.Regencies).WithOne().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Regencies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.AreaList);
        builder.HasIndex(p => new { p.Type, p.Name });
    }
}
