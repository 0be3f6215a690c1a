using SmartVillage.Domain.Certificates;

namespace SmartVillage.Benchmarks;

/// <summary>Realistic certificates (long Indonesian names and titles, a score on every other one) without a database.</summary>
internal static class SampleCertificates
{
    private static readonly string[] Names = ["Siti Rahmawati", "Hendrikus Bambang Setyo Wibisono", "Nurhayati", "I Gusti Ayu Made Sri Wahyuni Lestari"];
    private static readonly string[] Villages = ["Pekon Karang Brak", "Tiyuh Panaragan Jaya Utama", "Kampung Gunung Sugih Baru", "Desa Hajimena"];

    public static CertificateSnapshot One(int i)
    {
        var code = VerificationCode.New();
        return new CertificateSnapshot(i % 2 == 0 ? CertificateKind.Course : CertificateKind.Workshop,
            CertificateNumberFormat.Format(CertificateNumberFormat.Default, i + 1, "MP", "TGM", new DateOnly(2026, 11, 5)), code,
            Names[i % Names.Length], "Kaur Keuangan", Villages[i % Villages.Length], "Kabupaten Tanggamus",
            "Pengelolaan APBDes dengan Siskeudes: Perencanaan, Penatausahaan, dan Pelaporan", "Manajemen Proyek", 16,
            i % 2 == 0 ? 86.5m : null, new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 5), "Bandar Lampung",
            "Dinas Pemberdayaan Masyarakat dan Desa Provinsi Lampung", "Dr. Ir. Budi Santoso, M.Si.", "Kepala Dinas", "197001011995031001",
            $"https://belajar.lampungprov.go.id/verify/{code}");
    }

    public static IReadOnlyList<CertificateSnapshot> Many(int count) => Enumerable.Range(0, count).Select(One).ToList();
}
