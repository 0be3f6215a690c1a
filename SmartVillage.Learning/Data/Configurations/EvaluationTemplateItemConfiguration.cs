using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Evaluations;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class EvaluationTemplateItemConfiguration : IEntityTypeConfiguration<EvaluationTemplateItem>
{
    public void Configure(EntityTypeBuilder<EvaluationTemplateItem> builder)
    {
        builder.Property(i => i.Section).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Text).HasMaxLength(EvaluationTemplateItem.TextMaxLength).IsRequired();
        builder.HasIndex(i => new { i.TemplateId, i.Position }).IsUnique();
    }
}
