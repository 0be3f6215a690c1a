using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class DiscussionReplyConfiguration : IEntityTypeConfiguration<DiscussionReply>
{
    public void Configure(EntityTypeBuilder<DiscussionReply> builder)
    {
        builder.Property(r => r.Body).HasMaxLength(8000).IsRequired();
        builder.HasOne<DiscussionThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        // A second path from Users (through the thread): no database action.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.HiddenById).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasIndex(r => r.ClientToken).IsUnique();
        builder.HasIndex(r => new { r.ThreadId, r.Id });
        builder.HasIndex(r => r.AuthorId);
    }
}
