using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class WorkPlanConfiguration : IEntityTypeConfiguration<WorkPlan>
{
    public void Configure(EntityTypeBuilder<WorkPlan> builder)
    {
        builder.Property(p => p.VillageCode).HasMaxLength(13).IsRequired();
        builder.Property(p => p.RegencyCode).HasMaxLength(5).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Goal).HasMaxLength(2000).IsRequired();
        builder.Property(p => p.SuccessIndicators).HasMaxLength(2000).IsRequired();
        builder.Property(p => p.BudgetSource).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.BudgetAmount).HasPrecision(18, 0);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.RowVersion).IsConcurrencyToken();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.OfficialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Village>().WithMany().HasForeignKey(p => p.VillageCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Activities).WithOne().HasForeignKey(a => a.WorkPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.WorkPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Activities).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.Percent);
        // "Plans waiting for review" (Status = Submitted, oldest submission first) and an official's own plans.
        builder.HasIndex(p => new { p.Status, p.SubmittedAt });
        builder.HasIndex(p => p.OfficialId);
        // Reports: plans per regency and status (GROUP BY in the database).
        builder.HasIndex(p => new { p.RegencyCode, p.Status });
    }
}
