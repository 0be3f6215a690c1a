using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class OfficialLearningGainConfiguration : IEntityTypeConfiguration<OfficialLearningGain>
{
    public void Configure(EntityTypeBuilder<OfficialLearningGain> builder)
    {
        builder.ToTable("LearningGains");
        // One row per official and course: a refresh racing another one updates it, never adds a second.
        builder.HasKey(g => new { g.UserId, g.CourseId });
        builder.Property(g => g.PreScore).HasPrecision(5, 2);
        builder.Property(g => g.PostScore).HasPrecision(5, 2);
        builder.Property(g => g.Gain).HasPrecision(6, 2);
        builder.Property(g => g.NormalisedGain).HasPrecision(9, 4);
        builder.HasIndex(g => g.CourseId);
        // Covers the reports' per-official sums, which then never read the table itself.
        builder.HasIndex(g => new { g.UserId, g.PreScore, g.PostScore, g.Gain });
        builder.HasOne<Course>().WithMany().HasForeignKey(g => g.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
