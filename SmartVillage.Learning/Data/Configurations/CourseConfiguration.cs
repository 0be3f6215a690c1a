using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.Ignore(c => c.LessonsInOrder);
        builder.Ignore(c => c.CompetencyCodes);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Slug).HasMaxLength(80).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(200).IsRequired();
        builder.Property(c => c.TrackCode).HasMaxLength(8).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(500).IsRequired();
        builder.Property(c => c.Competencies).HasMaxLength(500).IsRequired();
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RowVersion).IsConcurrencyToken();
        builder.HasOne<Track>().WithMany().HasForeignKey(c => c.TrackCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.TrackCode });

        builder.HasMany(c => c.Modules).WithOne().HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Lessons).WithOne().HasForeignKey(l => l.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Trainers).WithOne().HasForeignKey(t => t.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Modules).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Lessons).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Trainers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
