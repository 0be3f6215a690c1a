using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class AttemptQuestionConfiguration : IEntityTypeConfiguration<AttemptQuestion>
{
    private static readonly ValueConverter<ValueList<int>, string> OrderConverter = new(
        o => string.Join(',', o),
        s => ValueList.From(s.Length == 0 ? Array.Empty<int>() : s.Split(',', StringSplitOptions.None).Select(int.Parse).ToArray()));

    private static readonly ValueConverter<ValueList<string>, string> FeedbackConverter = new(
        f => System.Text.Json.JsonSerializer.Serialize(f.ToArray(), (System.Text.Json.JsonSerializerOptions?)null),
        s => ValueList.From(System.Text.Json.JsonSerializer.Deserialize<string[]>(s, (System.Text.Json.JsonSerializerOptions?)null)));

    public void Configure(EntityTypeBuilder<AttemptQuestion> builder)
    {
        builder.ToTable("AttemptQuestions");
        builder.Ignore(q => q.IsGradable);
        builder.Ignore(q => q.IsAnswered);
        builder.Ignore(q => q.AwaitsManualGrading);
        builder.Ignore(q => q.MarksEarned);
        builder.Property(q => q.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.TextFormat).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.GradeStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Name).HasMaxLength(QuestionValidator.NameMaxLength);
        builder.Property(q => q.Text).IsRequired();
        builder.Property(q => q.GeneralFeedback).IsRequired();
        builder.Property(q => q.Mark).HasPrecision(9, 4);
        builder.Property(q => q.Fraction).HasPrecision(9, 6);
        builder.Property(q => q.Parts)
            .HasConversion(QuestionPartsJson.Converter, new ValueComparer<QuestionParts>((a, b) => Equals(a, b), p => p.GetHashCode(), p => p))
            .HasColumnName("PartsJson")
            .IsRequired();
        builder.Property(q => q.ChoiceOrder)
            .HasConversion(OrderConverter, new ValueComparer<ValueList<int>>((a, b) => Equals(a, b), o => o.GetHashCode(), o => o))
            .HasMaxLength(200)
            .IsRequired();
        builder.Property(q => q.Response).HasConversion(ResponseJson.Converter!, ResponseJson.Comparer).HasColumnName("ResponseJson");
        builder.Property(q => q.Feedback)
            .HasConversion(FeedbackConverter, new ValueComparer<ValueList<string>>((a, b) => Equals(a, b), f => f.GetHashCode(), f => f))
            .HasColumnName("FeedbackJson")
            .IsRequired();
        // One row per question of an attempt: its answer is replaced in place, never added twice.
        builder.HasIndex(q => new { q.AttemptId, q.Number }).IsUnique();
        builder.HasIndex(q => new { q.BankQuestionId, q.GradeStatus });
        // The course's cascade reaches this row through the quiz; SQL Server refuses a second path through the bank.
        builder.HasOne<BankQuestion>().WithMany().HasForeignKey(q => q.BankQuestionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(q => q.GradedById).OnDelete(DeleteBehavior.NoAction);
    }
}
