using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Networks;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class CollaborationRequestConfiguration : IEntityTypeConfiguration<CollaborationRequest>
{
    public void Configure(EntityTypeBuilder<CollaborationRequest> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.TrackCode).HasMaxLength(8);
        builder.Property(r => r.Area).HasMaxLength(40);
        builder.Property(r => r.VillageCode).HasMaxLength(13).IsRequired();
        builder.Property(r => r.RegencyCode).HasMaxLength(5).IsRequired();
        builder.Property(r => r.HiddenReason).HasMaxLength(500);
        builder.HasOne<Village>().WithMany().HasForeignKey(r => r.VillageCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regency>().WithMany().HasForeignKey(r => r.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Track>().WithMany().HasForeignKey(r => r.TrackCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.PostedById).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.HiddenById).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(r => r.Responses).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Responses).UsePropertyAccessMode(PropertyAccessMode.Field);
        // A double click or a retry of the same form finds the row it already made.
        builder.HasIndex(r => r.ClientToken).IsUnique();
        // The list: filtered by status and one of regency / track / kind, newest first (Id).
        builder.HasIndex(r => new { r.Status, r.RegencyCode, r.Id });
        builder.HasIndex(r => new { r.Status, r.TrackCode, r.Id });
        builder.HasIndex(r => new { r.Status, r.Kind, r.Id });
        builder.HasIndex(r => r.PostedById);
    }
}
