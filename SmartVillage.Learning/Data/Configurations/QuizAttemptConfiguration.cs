using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        builder.ToTable("QuizAttempts");
        builder.Ignore(a => a.IsFinished);
        builder.Property(a => a.UserId).IsRequired();
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.MarksPossible).HasPrecision(9, 4);
        builder.Property(a => a.MarksEarned).HasPrecision(9, 4);
        builder.Property(a => a.ScorePercent).HasPrecision(5, 2);
        // Answer, submit and the sweeper all change the version: of two writers on one attempt only the first wins.
        builder.Property(a => a.RowVersion).IsConcurrencyToken();
        // Two tabs or a double click racing to start: the second insert is refused whatever the isolation level.
        builder.HasIndex(a => new { a.QuizId, a.UserId, a.Number }).IsUnique();
        // At most one attempt in progress per official and quiz (written without quotes so both providers read it).
        builder.HasIndex(a => new { a.QuizId, a.UserId }).IsUnique().HasFilter("State = 'InProgress'").HasDatabaseName("IX_QuizAttempts_OneInProgress");
        builder.HasIndex(a => new { a.UserId, a.State });
        builder.HasIndex(a => a.State);
        builder.HasOne<Quiz>().WithMany().HasForeignKey(a => a.QuizId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Questions).WithOne().HasForeignKey(q => q.AttemptId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
