using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Messaging;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class WhatsAppOptOutConfiguration : IEntityTypeConfiguration<WhatsAppOptOut>
{
    public void Configure(EntityTypeBuilder<WhatsAppOptOut> builder)
    {
        builder.HasKey(o => o.PhoneNumber);
        builder.Property(o => o.PhoneNumber).HasMaxLength(20);
        builder.Property(o => o.Via).HasMaxLength(20).IsRequired();
    }
}
