using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Messaging;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class MessagePreferenceConfiguration : IEntityTypeConfiguration<MessagePreference>
{
    public void Configure(EntityTypeBuilder<MessagePreference> builder)
    {
        builder.Property(p => p.Kind).HasMaxLength(40).IsRequired();
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.UserId, p.Kind, p.Channel }).IsUnique();
    }
}
