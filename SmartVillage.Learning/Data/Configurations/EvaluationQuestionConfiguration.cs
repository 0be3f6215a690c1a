using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Evaluations;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class EvaluationQuestionConfiguration : IEntityTypeConfiguration<EvaluationQuestion>
{
    public void Configure(EntityTypeBuilder<EvaluationQuestion> builder)
    {
        builder.Property(q => q.Section).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(q => q.Text).HasMaxLength(EvaluationTemplateItem.TextMaxLength).IsRequired();
        builder.Property(q => q.TrainerId).HasMaxLength(450);
        builder.Property(q => q.TrainerName).HasMaxLength(200);
        builder.Ignore(q => q.IsLikert);
        builder.HasIndex(q => new { q.EvaluationId, q.Position }).IsUnique();
        // A trainer's results over time: their questions, across every evaluation.
        builder.HasIndex(q => q.TrainerId);
    }
}
