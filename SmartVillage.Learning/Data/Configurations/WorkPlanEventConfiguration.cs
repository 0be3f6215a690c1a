using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class WorkPlanEventConfiguration : IEntityTypeConfiguration<WorkPlanEvent>
{
    public void Configure(EntityTypeBuilder<WorkPlanEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Note).HasMaxLength(2000);
        // The mentor who wrote it may leave; a second path from Users takes no database action.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.ClientCascade);
    }
}
