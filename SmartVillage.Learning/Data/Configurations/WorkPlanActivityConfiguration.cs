using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class WorkPlanActivityConfiguration : IEntityTypeConfiguration<WorkPlanActivity>
{
    public void Configure(EntityTypeBuilder<WorkPlanActivity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Responsible).HasMaxLength(150).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(a => a.Reports).WithOne().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Reports).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.IsDone);
    }
}
