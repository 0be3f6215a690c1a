using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class VillageInitiativeConfiguration : IEntityTypeConfiguration<VillageInitiative>
{
    public void Configure(EntityTypeBuilder<VillageInitiative> builder)
    {
        builder.Property(i => i.VillageCode).HasMaxLength(13);
        builder.Property(i => i.Title).HasMaxLength(200).IsRequired();
        builder.Property(i => i.TrackCode).HasMaxLength(8);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Note).HasMaxLength(1000);
        builder.HasIndex(i => i.VillageCode);
    }
}
