using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class QuestionCategoryConfiguration : IEntityTypeConfiguration<QuestionCategory>
{
    public void Configure(EntityTypeBuilder<QuestionCategory> builder)
    {
        builder.Ignore(c => c.Name);
        builder.Ignore(c => c.GiftPath);
        builder.Property(c => c.Path).HasMaxLength(QuestionCategory.PathMaxLength).IsRequired();
        builder.Property(c => c.Revision).IsConcurrencyToken();
        // Two trainers importing the same file at once must not create the category twice.
        builder.HasIndex(c => new { c.CourseId, c.Path }).IsUnique();
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
