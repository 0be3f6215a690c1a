using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class BankQuestionFileConfiguration : IEntityTypeConfiguration<BankQuestionFile>
{
    public void Configure(EntityTypeBuilder<BankQuestionFile> builder)
    {
        builder.ToTable("QuestionFiles");
        builder.Property(f => f.Name).HasMaxLength(QuestionFile.NameMaxLength).IsRequired();
        builder.Property(f => f.Content).IsRequired();
        // The texts refer to a file by name: one file per name per question.
        builder.HasIndex(f => new { f.BankQuestionId, f.Name }).IsUnique();
    }
}
