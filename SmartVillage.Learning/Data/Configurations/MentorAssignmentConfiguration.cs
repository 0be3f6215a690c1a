using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class MentorAssignmentConfiguration : IEntityTypeConfiguration<MentorAssignment>
{
    public void Configure(EntityTypeBuilder<MentorAssignment> builder)
    {
        builder.Property(a => a.VillageCode).HasMaxLength(13);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.MentorId).OnDelete(DeleteBehavior.Cascade);
        // Second and third paths from Users: no database action (SQL Server refuses several cascade paths).
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.OfficialId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.AssignedById).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<Village>().WithMany().HasForeignKey(a => a.VillageCode).OnDelete(DeleteBehavior.Restrict);
        // A mentor holds an official or a village once; "who mentors X" reads by official and by village.
        builder.HasIndex(a => new { a.MentorId, a.OfficialId }).IsUnique();
        builder.HasIndex(a => new { a.MentorId, a.VillageCode }).IsUnique();
        builder.HasIndex(a => a.OfficialId);
        builder.HasIndex(a => a.VillageCode);
        builder.ToTable(t => t.HasCheckConstraint("CK_MentorAssignments_OneTarget",
            "(\"OfficialId\" IS NULL AND \"VillageCode\" IS NOT NULL) OR (\"OfficialId\" IS NOT NULL AND \"VillageCode\" IS NULL)"));
    }
}
