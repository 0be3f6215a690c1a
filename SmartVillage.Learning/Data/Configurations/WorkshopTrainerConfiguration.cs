using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Workshops;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class WorkshopTrainerConfiguration : IEntityTypeConfiguration<WorkshopTrainer>
{
    public void Configure(EntityTypeBuilder<WorkshopTrainer> builder)
    {
        builder.HasKey(t => new { t.WorkshopId, t.UserId });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.UserId);
    }
}
