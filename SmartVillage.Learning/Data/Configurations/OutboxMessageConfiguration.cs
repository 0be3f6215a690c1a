using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmartVillage.Domain.Messaging;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    /// <summary>
    /// UTC ticks: SQLite cannot compare DateTimeOffset in SQL, and the claim must ("due and not leased") in one UPDATE
    /// on both providers.
    /// </summary>
    private static readonly ValueConverter<DateTimeOffset, long> Ticks =
        new(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    private static readonly ValueConverter<DateTimeOffset?, long?> NullableTicks =
        new(v => v.HasValue ? v.Value.UtcTicks : null, v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);

    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Kind).HasMaxLength(40).IsRequired();
        builder.Property(m => m.DedupeKey).HasMaxLength(200).IsRequired();
        builder.Property(m => m.RecipientId).HasMaxLength(450).IsRequired();
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Address).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Text).HasMaxLength(OutboxMessage.MaxTextLength).IsRequired();
        builder.Property(m => m.Link).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Parameters).HasMaxLength(2000).IsRequired();
        builder.Property(m => m.ProviderMessageId).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        builder.Property(m => m.CreatedAt).HasConversion(Ticks);
        builder.Property(m => m.DueAt).HasConversion(Ticks);
        builder.Property(m => m.ExpiresAt).HasConversion(NullableTicks);
        builder.Property(m => m.LeaseUntil).HasConversion(NullableTicks);
        builder.Property(m => m.SendingSince).HasConversion(NullableTicks);
        builder.Property(m => m.SentAt).HasConversion(NullableTicks);
        builder.Property(m => m.DeadAt).HasConversion(NullableTicks);
        // A dispatcher records results only on rows it still holds: another that took a row over changed its lease id.
        builder.Property(m => m.LeaseId).IsConcurrencyToken();
        builder.Ignore(m => m.ParameterList);
        builder.Ignore(m => m.IdempotencyKey);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.RecipientId).OnDelete(DeleteBehavior.Cascade);
        // Written once whatever retries a change or how many schedulers run (kind, subject, recipient, channel).
        builder.HasIndex(m => m.DedupeKey).IsUnique();
        // The dispatchers' claim: pending, due, not leased.
        builder.HasIndex(m => new { m.Status, m.DueAt });
        builder.HasIndex(m => m.LeaseId);
        builder.HasIndex(m => new { m.RecipientId, m.Id });
    }
}
