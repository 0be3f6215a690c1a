using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class BankQuestionConfiguration : IEntityTypeConfiguration<BankQuestion>
{
    public void Configure(EntityTypeBuilder<BankQuestion> builder)
    {
        builder.ToTable("BankQuestions");
        builder.Ignore(q => q.Label);
        builder.Property(q => q.Name).HasMaxLength(QuestionValidator.NameMaxLength);
        builder.Property(q => q.IdNumber).HasMaxLength(QuestionValidator.IdNumberMaxLength);
        builder.Property(q => q.Tags).HasConversion(StringListJson.Converter, StringListJson.Comparer).HasColumnName("TagsJson").IsRequired();
        builder.Property(q => q.Penalty).HasPrecision(9, 7);
        builder.Property(q => q.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.TextFormat).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Text).IsRequired();
        builder.Property(q => q.GeneralFeedback).IsRequired();
        builder.Property(q => q.DefaultMark).HasPrecision(9, 4);
        builder.Property(q => q.Parts)
            .HasConversion(QuestionPartsJson.Converter, new ValueComparer<QuestionParts>((a, b) => Equals(a, b), p => p.GetHashCode(), p => p))
            .HasColumnName("PartsJson")
            .IsRequired();
        // Moodle allows a name twice in a category (decision 0004); an ID number is unique there, as in Moodle.
        builder.HasIndex(q => new { q.CategoryId, q.Name });
        builder.HasIndex(q => new { q.CategoryId, q.IdNumber }).IsUnique().HasFilter("IdNumber IS NOT NULL");
        builder.HasMany(q => q.Files).WithOne().HasForeignKey(f => f.BankQuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Files).HasField("_files").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(q => new { q.CourseId, q.CategoryId, q.Position });
        builder.HasOne<Course>().WithMany().HasForeignKey(q => q.CourseId).OnDelete(DeleteBehavior.Cascade);
        // The course's cascade removes both; SQL Server refuses two cascade paths to one row.
        builder.HasOne(q => q.Category).WithMany().HasForeignKey(q => q.CategoryId).OnDelete(DeleteBehavior.NoAction);
    }
}
