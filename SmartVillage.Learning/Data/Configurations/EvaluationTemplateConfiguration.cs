using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Evaluations;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class EvaluationTemplateConfiguration : IEntityTypeConfiguration<EvaluationTemplate>
{
    public void Configure(EntityTypeBuilder<EvaluationTemplate> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(40).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(EvaluationTemplate.TitleMaxLength).IsRequired();
        builder.Property(t => t.CreatedById).HasMaxLength(450);
        // One row per version: two admins saving a new version at once cannot both become version 3.
        builder.HasIndex(t => new { t.Key, t.Version }).IsUnique();
        builder.HasMany(t => t.Items).WithOne().HasForeignKey(i => i.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(t => t.ItemsInOrder);
    }
}
