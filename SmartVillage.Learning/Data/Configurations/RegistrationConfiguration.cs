using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Workshops;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        // The stored attendance counts start at 0 in the database too: `seed synthetic` inserts registrations in bulk SQL
        // without them, then recounts (the column default the ReportCopies migration gave them, kept through decision 0015).
        builder.Property(r => r.MarkedSessions).HasDefaultValue(0);
        builder.Property(r => r.PresentSessions).HasDefaultValue(0);
        // One row per official and workshop; a seat number and a waitlist place are each held by one row at most,
        // so two officials racing for the last seat cannot both get it, whatever the isolation level.
        builder.HasIndex(r => new { r.WorkshopId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.WorkshopId, r.SeatNumber }).IsUnique();
        builder.HasIndex(r => new { r.WorkshopId, r.WaitlistPosition }).IsUnique();
        builder.HasIndex(r => r.UserId);
        // Reports: who holds an active registration, per official, from the index alone.
        builder.HasIndex(r => new { r.UserId, r.Status }).HasDatabaseName("IX_Registrations_UserId_Status");
        builder.HasOne<Workshop>().WithMany().HasForeignKey(r => r.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        // A second path from Users: no database action (SQL Server refuses two cascade paths).
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.RegisteredById).OnDelete(DeleteBehavior.ClientSetNull);
    }
}
