using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Regions;
using SmartVillage.Domain.Workshops;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.Property(w => w.Title).HasMaxLength(200).IsRequired();
        builder.Property(w => w.TrackCode).HasMaxLength(8).IsRequired();
        builder.Property(w => w.RegencyCode).HasMaxLength(5).IsRequired();
        builder.Property(w => w.Venue).HasMaxLength(300);
        builder.Property(w => w.OnlineLink).HasMaxLength(500);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.RowVersion).IsConcurrencyToken();
        builder.HasOne<Track>().WithMany().HasForeignKey(w => w.TrackCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regency>().WithMany().HasForeignKey(w => w.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(w => w.CourseId).OnDelete(DeleteBehavior.SetNull);
        // No cascade: a quiz is deleted with its course, which already sets the workshop's course to null (one path only on SQL Server).
        builder.HasOne<Quiz>().WithMany().HasForeignKey(w => w.PostTestQuizId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(w => w.Trainers).WithOne().HasForeignKey(t => t.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.Sessions).WithOne().HasForeignKey(s => s.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Trainers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(w => w.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(w => w.SessionsInOrder);
        builder.Ignore(w => w.IsOnline);
        builder.HasIndex(w => new { w.RegencyCode, w.Status });
    }
}
