using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.HasIndex(l => new { l.CourseId, l.Slug }).IsUnique();
        builder.Property(l => l.Slug).HasMaxLength(80).IsRequired();
        builder.Property(l => l.Title).HasMaxLength(200).IsRequired();
        builder.Property(l => l.ContentHash).HasMaxLength(64).IsRequired();
        builder.Property(l => l.Markdown).IsRequired();
        // Deleting a module with lessons is refused; lessons are moved or removed first.
        builder.HasOne(l => l.Module).WithMany().HasForeignKey(l => l.ModuleId).OnDelete(DeleteBehavior.Restrict);
    }
}
