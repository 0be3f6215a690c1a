using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Learning;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        // A double click or a cohort enrolment racing a self-enrolment never makes two rows.
        builder.HasIndex(e => new { e.CourseId, e.UserId }).IsUnique();
        builder.HasIndex(e => e.UserId);
        // Reports: who completed a course, per official, from the index alone.
        builder.HasIndex(e => new { e.UserId, e.CompletedAt, e.CourseId }).HasDatabaseName("IX_Enrollments_UserId_CompletedAt_CourseId");
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        // No database cascade: SQL Server refuses a second cascade path from Courses; removing a lesson clears it in code.
        builder.HasOne<Lesson>().WithMany().HasForeignKey(e => e.LastLessonId).OnDelete(DeleteBehavior.ClientSetNull);
    }
}
