using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Workshops;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.Property(c => c.UserId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.SubjectKey).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Number).HasMaxLength(80).IsRequired();
        builder.Property(c => c.VerificationCode).HasMaxLength(VerificationCode.Length).IsRequired();
        builder.Property(c => c.RevocationReason).HasMaxLength(Certificate.ReasonMaxLength);
        builder.Property(c => c.RevokedById).HasMaxLength(450);
        builder.Property(c => c.ReplacedByCode).HasMaxLength(VerificationCode.Length);
        builder.Property(c => c.IssuedById).HasMaxLength(450);
        builder.Property(c => c.HolderName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.HolderPosition).HasMaxLength(100);
        builder.Property(c => c.VillageName).HasMaxLength(150);
        builder.Property(c => c.RegencyName).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(200).IsRequired();
        builder.Property(c => c.TrackTitle).HasMaxLength(100).IsRequired();
        builder.Property(c => c.ScorePercent).HasPrecision(5, 2);
        builder.Property(c => c.IssuingPlace).HasMaxLength(100).IsRequired();
        builder.Property(c => c.IssuingBody).HasMaxLength(200).IsRequired();
        builder.Property(c => c.SignatoryName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.SignatoryTitle).HasMaxLength(200).IsRequired();
        builder.Property(c => c.SignatoryNip).HasMaxLength(18);
        builder.Property(c => c.VerifyUrl).HasMaxLength(300).IsRequired();
        builder.Ignore(c => c.Snapshot);

        // The code is what the QR holds: unique. A number belongs to one certificate; its re-issues repeat it with a higher revision.
        builder.HasIndex(c => c.VerificationCode).IsUnique();
        builder.HasIndex(c => new { c.Number, c.Revision }).IsUnique();
        builder.HasIndex(c => new { c.Year, c.Sequence, c.Revision }).IsUnique();
        // One certificate per official and course or workshop (a race between the automatic and the batch issue adds nothing).
        builder.HasIndex(c => new { c.UserId, c.SubjectKey, c.Revision }).IsUnique();
        builder.HasIndex(c => c.WorkshopId);
        builder.HasIndex(c => c.CourseId);

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
        // A certificate outlives edits of what it attests: deleting a course or workshop with certificates is refused.
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workshop>().WithMany().HasForeignKey(c => c.WorkshopId).OnDelete(DeleteBehavior.Restrict);
    }
}
