using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class QuizSlotConfiguration : IEntityTypeConfiguration<QuizSlot>
{
    public void Configure(EntityTypeBuilder<QuizSlot> builder)
    {
        builder.Ignore(s => s.IsRandom);
        builder.Ignore(s => s.QuestionCount);
        builder.Property(s => s.RandomTags).HasConversion(StringListJson.Converter, StringListJson.Comparer).HasColumnName("RandomTagsJson").IsRequired();
        builder.HasIndex(s => new { s.QuizId, s.Position }).IsUnique();
        // A question or category in use by a quiz cannot be deleted from under it.
        builder.HasOne<BankQuestion>().WithMany().HasForeignKey(s => s.QuestionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<QuestionCategory>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.NoAction);
        builder.ToTable(t => t.HasCheckConstraint("CK_QuizSlots_QuestionOrRandom",
            "(QuestionId IS NOT NULL AND CategoryId IS NULL AND RandomCount IS NULL) OR (QuestionId IS NULL AND CategoryId IS NOT NULL AND RandomCount >= 1)"));
    }
}
