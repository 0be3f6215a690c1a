using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class DiscussionThreadConfiguration : IEntityTypeConfiguration<DiscussionThread>
{
    public void Configure(EntityTypeBuilder<DiscussionThread> builder)
    {
        builder.Property(t => t.TrackCode).HasMaxLength(8).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Body).HasMaxLength(8000).IsRequired();
        // Stored as a number so the list can be ordered by it in SQL on SQLite too (SQLite cannot order DateTimeOffset text).
        builder.Property(t => t.LastActivityAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.HasOne<Track>().WithMany().HasForeignKey(t => t.TrackCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.HiddenById).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasIndex(t => t.ClientToken).IsUnique();
        // A track's list: pinned first, then the latest activity.
        builder.HasIndex(t => new { t.TrackCode, t.IsPinned, t.LastActivityAt });
        builder.HasIndex(t => t.AuthorId);
    }
}
