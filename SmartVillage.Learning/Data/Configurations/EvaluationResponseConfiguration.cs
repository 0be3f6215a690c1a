using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Evaluations;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class EvaluationResponseConfiguration : IEntityTypeConfiguration<EvaluationResponse>
{
    public void Configure(EntityTypeBuilder<EvaluationResponse> builder)
    {
        builder.Property(r => r.RegencyCode).HasMaxLength(5);
        builder.Property(r => r.RowVersion).IsConcurrencyToken();
        builder.Ignore(r => r.IsSubmitted);
        // One response per official per evaluation, whatever races: the database refuses the second row.
        builder.HasIndex(r => new { r.EvaluationId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.UserId, r.EvaluationId });
        builder.HasIndex(r => new { r.RegencyCode, r.EvaluationId });
        builder.HasOne<Evaluation>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
