using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class QuizConfiguration : IEntityTypeConfiguration<Quiz>
{
    public void Configure(EntityTypeBuilder<Quiz> builder)
    {
        builder.ToTable("Quizzes");
        builder.Ignore(q => q.Settings);
        builder.Ignore(q => q.IsUnlimitedAttempts);
        builder.Ignore(q => q.QuestionCount);
        builder.Property(q => q.Title).HasMaxLength(Quiz.TitleMaxLength).IsRequired();
        builder.Property(q => q.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.GradingMethod).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Review).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.RowVersion).IsConcurrencyToken();
        // One pre-test and one post-test per course (learning gain is post minus pre); practice quizzes are free.
        // The filter is written without identifier quotes so SQLite and SQL Server both read it.
        builder.HasIndex(q => new { q.CourseId, q.Purpose }).IsUnique().HasFilter("Purpose <> 'Practice'");
        builder.HasOne<Course>().WithMany().HasForeignKey(q => q.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Slots).WithOne().HasForeignKey(s => s.QuizId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Slots).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
