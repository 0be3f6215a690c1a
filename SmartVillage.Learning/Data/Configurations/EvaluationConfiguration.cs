using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Domain.Workshops;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.Property(e => e.Subject).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Title).HasMaxLength(200).IsRequired();
        builder.Property(e => e.BuiltById).HasMaxLength(450);
        // One form per bimtek and per course: two officials opening it first at the same moment build it once.
        builder.HasIndex(e => e.WorkshopId).IsUnique();
        builder.HasIndex(e => e.CourseId).IsUnique();
        builder.HasOne<Workshop>().WithMany().HasForeignKey(e => e.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        // Client-side only: a course also reaches evaluations through its workshops (SQL Server refuses two cascade paths).
        builder.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.ClientCascade);
        // A template version in use is never deleted.
        builder.HasOne<EvaluationTemplate>().WithMany().HasForeignKey(e => e.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Questions).WithOne().HasForeignKey(q => q.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(e => e.QuestionsInOrder);
        builder.Ignore(e => e.SubjectId);
    }
}
