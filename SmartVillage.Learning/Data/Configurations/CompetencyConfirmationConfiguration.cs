using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Competencies;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class CompetencyConfirmationConfiguration : IEntityTypeConfiguration<CompetencyConfirmation>
{
    public void Configure(EntityTypeBuilder<CompetencyConfirmation> builder)
    {
        builder.Property(c => c.AreaCode).HasMaxLength(60);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(CompetencyConfirmation.NoteMaxLength).IsRequired();
        builder.Ignore(c => c.IsActive);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.OfficialId).OnDelete(DeleteBehavior.Cascade);
        // Second and third paths from Users: no database action (SQL Server refuses several cascade paths).
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.WithdrawnById).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<CompetencyArea>().WithMany().HasForeignKey(c => c.AreaCode).OnDelete(DeleteBehavior.Cascade);
        // One active confirmation per official and area: a double click or two racing confirms cannot leave two.
        builder.HasIndex(c => new { c.OfficialId, c.AreaCode }).IsUnique().HasFilter("WithdrawnAt IS NULL")
            .HasDatabaseName("IX_CompetencyConfirmations_OneActive");
        // The mentor's panel lists an official's confirmations, withdrawn ones too.
        builder.HasIndex(c => c.OfficialId);
        builder.HasIndex(c => c.MentorId);
        builder.HasIndex(c => c.AreaCode);
    }
}
