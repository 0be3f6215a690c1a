using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Evaluations;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class EvaluationAnswerConfiguration : IEntityTypeConfiguration<EvaluationAnswer>
{
    public void Configure(EntityTypeBuilder<EvaluationAnswer> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(EvaluationAnswer.TextMaxLength);
        // One answer per question per response: a double tap or a reconnect replaces it.
        builder.HasIndex(a => new { a.ResponseId, a.QuestionId }).IsUnique();
        // Results: counts per question and score from the index alone.
        builder.HasIndex(a => new { a.QuestionId, a.Score });
        builder.HasOne<EvaluationResponse>().WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        // No database action: deleting an evaluation reaches answers through its responses already (one path on SQL Server).
        builder.HasOne<EvaluationQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.NoAction);
    }
}
