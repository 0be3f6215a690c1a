using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class CollaborationResponseConfiguration : IEntityTypeConfiguration<CollaborationResponse>
{
    public void Configure(EntityTypeBuilder<CollaborationResponse> builder)
    {
        builder.Property(r => r.Body).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.AuthorVillageCode).HasMaxLength(13);
        // A second path from Users (through the request): no database action, SQL Server refuses two cascade paths.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasIndex(r => r.ClientToken).IsUnique();
        builder.HasIndex(r => new { r.RequestId, r.Id });
        builder.HasIndex(r => r.AuthorId);
    }
}
