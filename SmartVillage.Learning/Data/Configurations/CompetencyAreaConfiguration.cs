using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Competencies;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class CompetencyAreaConfiguration : IEntityTypeConfiguration<CompetencyArea>
{
    public void Configure(EntityTypeBuilder<CompetencyArea> builder)
    {
        builder.HasKey(a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(60);
        builder.Property(a => a.Title).HasMaxLength(120).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(500).IsRequired();
        // Indicators are read with their area only, never queried: a JSON list per level is enough.
        builder.PrimitiveCollection(a => a.BasicIndicators);
        builder.PrimitiveCollection(a => a.IntermediateIndicators);
        builder.PrimitiveCollection(a => a.AdvancedIndicators);
    }
}
