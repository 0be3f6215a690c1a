using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartVillage.Domain.Certificates;

namespace SmartVillage.Learning.Data.Configurations;

internal sealed class CertificateSettingsConfiguration : IEntityTypeConfiguration<CertificateSettings>
{
    public void Configure(EntityTypeBuilder<CertificateSettings> builder)
    {
        builder.ToTable("CertificateSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.IssuingBody).HasMaxLength(200).IsRequired();
        builder.Property(s => s.IssuingPlace).HasMaxLength(100).IsRequired();
        builder.Property(s => s.SignatoryName).HasMaxLength(200).IsRequired();
        builder.Property(s => s.SignatoryTitle).HasMaxLength(200).IsRequired();
        builder.Property(s => s.SignatoryNip).HasMaxLength(18);
    }
}
