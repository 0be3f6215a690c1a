using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Notifications;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasMaxLength(40).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(Notification.MaxTextLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(300).IsRequired();
        builder.Ignore(n => n.IsRead);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // The bell counts a person's unread ones on every page; the list reads theirs newest first.
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.UserId, n.Id });
    }
}
