using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Competencies;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class EarnedEvidenceConfiguration : IEntityTypeConfiguration<EarnedEvidence>
{
    public void Configure(EntityTypeBuilder<EarnedEvidence> builder)
    {
        builder.ToTable("EarnedEvidence");
        builder.HasKey(e => new { e.UserId, e.AreaCode, e.Kind, e.SourceId });
        builder.Property(e => e.AreaCode).HasMaxLength(60);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        // A number: the dashboard takes MAX(Shows) per official and area from this index alone.
        builder.Property(e => e.Shows);
        builder.Property(e => e.TrackCode).HasMaxLength(8);
        builder.HasIndex(e => new { e.UserId, e.AreaCode, e.Shows });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CompetencyArea>().WithMany().HasForeignKey(e => e.AreaCode).OnDelete(DeleteBehavior.Cascade);
    }
}
