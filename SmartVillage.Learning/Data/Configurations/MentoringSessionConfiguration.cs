using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class MentoringSessionConfiguration : IEntityTypeConfiguration<MentoringSession>
{
    public void Configure(EntityTypeBuilder<MentoringSession> builder)
    {
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Notes).HasMaxLength(4000).IsRequired();
        builder.Property(s => s.NextSteps).HasMaxLength(2000);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.OfficialId).OnDelete(DeleteBehavior.ClientCascade);
        // "Sessions due": a mentor's sessions by next due date.
        builder.HasIndex(s => new { s.MentorId, s.NextDueOn });
        builder.HasIndex(s => s.OfficialId);
    }
}
