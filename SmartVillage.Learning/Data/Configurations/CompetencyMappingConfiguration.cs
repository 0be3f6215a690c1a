using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Competencies;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class CompetencyMappingConfiguration : IEntityTypeConfiguration<CompetencyMapping>
{
    public void Configure(EntityTypeBuilder<CompetencyMapping> builder)
    {
        builder.Property(m => m.AreaCode).HasMaxLength(60).IsRequired();
        // Stored as numbers: reports take MAX(level) in SQL.
        builder.Property(m => m.Level);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.QuizPurpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.CategoryPath).HasMaxLength(255);
        builder.Property(m => m.TrackCode).HasMaxLength(8);
        builder.HasOne<CompetencyArea>().WithMany().HasForeignKey(m => m.AreaCode).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.Kind, m.CourseId });
    }
}
