using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Workshops;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class AttendanceMarkConfiguration : IEntityTypeConfiguration<AttendanceMark>
{
    public void Configure(EntityTypeBuilder<AttendanceMark> builder)
    {
        // Scanning twice, or a roster save racing a QR check-in, keeps one mark.
        builder.HasIndex(m => new { m.SessionId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        // Reports count present marks per official without touching the table (covering index).
        builder.HasIndex(m => new { m.UserId, m.Status, m.SessionId }).HasDatabaseName("IX_AttendanceMarks_UserId_Status_SessionId");
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Note).HasMaxLength(AttendanceMark.NoteMaxLength);
        builder.HasOne<WorkshopSession>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.MarkedById).OnDelete(DeleteBehavior.ClientSetNull);
    }
}
