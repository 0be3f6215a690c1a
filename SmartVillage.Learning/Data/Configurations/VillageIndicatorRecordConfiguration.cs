using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class VillageIndicatorRecordConfiguration : IEntityTypeConfiguration<VillageIndicatorRecord>
{
    public void Configure(EntityTypeBuilder<VillageIndicatorRecord> builder)
    {
        builder.Property(r => r.VillageCode).HasMaxLength(13).IsRequired();
        builder.Property(r => r.RegencyCode).HasMaxLength(5).IsRequired();
        builder.Property(r => r.IndicatorCode).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(VillageIndicatorRecord.NoteMaxLength);
        builder.Property(r => r.RecordedById).HasMaxLength(450).IsRequired();
        builder.Property(r => r.ConfirmedById).HasMaxLength(450);
        builder.Property(r => r.RowVersion).IsConcurrencyToken();
        builder.Ignore(r => r.IsConfirmed);
        builder.HasIndex(r => new { r.VillageCode, r.Year, r.IndicatorCode }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.RegencyCode, r.IndicatorCode });
        builder.HasOne<Village>().WithMany().HasForeignKey(r => r.VillageCode).OnDelete(DeleteBehavior.Restrict);
    }
}
