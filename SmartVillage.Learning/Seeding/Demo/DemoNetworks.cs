using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Networks;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Seeding.Demo;

/// <summary>
/// Demo partners, village profiles, one need, one offer and one pinned discussion topic, so the directory, Kolaborasi
/// and Diskusi are not empty in a demo. Every partner says "(demo)": the names are real bodies of Lampung, the contacts
/// are invented. Seeded once (when there is no partner yet); never touches the officials E2E tests post with (0122…0124).
/// </summary>
public static class DemoNetworks
{
    private sealed record DemoPartner(string Name, PartnerType Type, string Description, string[] Areas, string[] Regencies, string Contact, string Phone, string Email, string? Website);

    private static readonly DemoPartner[] Partners =
    [
        new("Dinas PMD Provinsi Lampung", PartnerType.ProvinceAgency,
            "Pembinaan pemerintahan pekon/desa, Siskeudes, dan BUMDes di seluruh Lampung. (demo)",
            ["MP", "siskeudes", "bumdes", "rkp desa"], [], "Bidang Pemerintahan Desa (demo)", "0721-0000001", "pmd@demo.smartvillage.test", null),
        new("Diskominfotik Provinsi Lampung", PartnerType.ProvinceAgency,
            "Pendampingan website desa, domain desa.id, dan literasi digital aparatur. (demo)",
            ["TD", "website desa", "literasi digital"], [], "Bidang E-Government (demo)", "0721-0000002", "kominfo@demo.smartvillage.test", null),
        new("Universitas Lampung — LPPM", PartnerType.University,
            "KKN tematik Smart Village: pemetaan potensi pekon, perencanaan, dan pendampingan BUMDes. (demo)",
            ["MP", "KE", "kkn tematik", "pemetaan potensi"], ["18.06", "18.04", "18.09"], "Sekretariat KKN (demo)", "0721-0000003", "kkn@demo.smartvillage.test", null),
        new("Institut Teknologi Sumatera", PartnerType.University,
            "Sistem informasi desa, data spasial, dan energi terbarukan untuk pekon. (demo)",
            ["TD", "sistem informasi desa", "energi terbarukan"], ["18.01", "18.12"], "Pusat Pengabdian Masyarakat (demo)", "0721-0000004", "ppm@demo.smartvillage.test", null),
        new("Yayasan Pekon Berdaya", PartnerType.Ngo,
            "LSM pendamping musyawarah warga, pengaduan, dan partisipasi perempuan. (demo, lembaga rekaan)",
            ["KE", "pengaduan warga", "partisipasi perempuan"], ["18.06", "18.12", "18.13"], "Koordinator Program (demo)", "0812-0000-0005", "info@demo.smartvillage.test", null),
        new("Bank Lampung — Program CSR", PartnerType.Private,
            "Literasi keuangan, pembayaran non-tunai di kantor pekon, dan pelatihan BUMDes. (demo)",
            ["MP", "keuangan desa", "pembayaran non-tunai", "bumdes"], [], "Divisi CSR (demo)", "0721-0000006", "csr-bank@demo.smartvillage.test", null),
        new("CSR Operator Seluler", PartnerType.Private,
            "Perluasan sinyal dan internet untuk kantor pekon terpencil. (demo, nama disamarkan)",
            ["TD", "internet desa"], ["18.04", "18.13"], "Tim CSR (demo)", "0811-0000-0007", "csr-telco@demo.smartvillage.test", null),
    ];

    public static async Task SeedAsync(LearningDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Partners.AnyAsync(ct) || !await db.Tracks.AnyAsync(t => t.Code == "MP", ct)) return;
        var now = clock.GetUtcNow();
        foreach (var p in Partners)
        {
            var partner = new Partner(p.Name, p.Type, now);
            partner.Describe(p.Description, p.Areas, p.Contact, p.Phone, p.Email, p.Website, now);
            partner.Cover(p.Regencies, now);
            db.Partners.Add(partner);
        }

        var officials = await db.Users.Where(u => u.PhoneNumber != null && u.VillageCode != null)
            .ToDictionaryAsync(u => u.PhoneNumber!, u => (u.Id, Village: u.VillageCode!), ct);
        var hendra = await db.Users.Where(u => u.Email == "hendra@smartvillage.test").Select(u => u.Id).SingleOrDefaultAsync(ct);

        // Bu Siti's Karang Brak (Tanggamus), Kubu Perahu (Lampung Barat), Panaragan (Tulang Bawang Barat).
        Profile(db, officials, "+6281270000001", "+6281270000001", now,
            "Kopi robusta dan perikanan tangkap di pesisir Teluk Semaka; kelompok tenun tapis ibu-ibu PKK.",
            [new("Website pekon dan profil potensi", "TD", InitiativeStatus.Running, "Domain desa.id sudah aktif; isi profil sedang dilengkapi."),
             new("Siskeudes daring untuk APBDes", "MP", InitiativeStatus.Running, ""),
             new("Papan informasi APBDes digital", "KE", InitiativeStatus.Planned, "")]);
        Profile(db, officials, "+6281270000110", "+6281270000110", now,
            "Sayuran dataran tinggi dan wisata alam di kaki Gunung Pesagi.",
            [new("Layanan surat daring", "TD", InitiativeStatus.Running, "Warga mengajukan surat pengantar lewat WhatsApp."),
             new("Pelatihan Siskeudes untuk kaur", "MP", InitiativeStatus.Done, "Catatan pelatihan siap dibagikan.")]);
        Profile(db, officials, "+6281270000119", "+6281270000119", now,
            "Karet dan singkong; pasar tiyuh setiap Kamis.",
            [new("Data penduduk terpadu", "TD", InitiativeStatus.Planned, "")]);

        if (officials.TryGetValue("+6281270000102", out var bambang))
            db.CollaborationRequests.Add(new CollaborationRequest(CollaborationKind.Need, "Pendampingan membuat website pekon",
                "Kami sudah punya domain desa.id tetapi belum ada yang bisa mengisi dan merawat websitenya. Mohon berbagi pengalaman atau pendampingan.",
                "TD", "website desa", bambang.Village, bambang.Id, Guid.NewGuid(), now.AddDays(-2)));
        if (officials.TryGetValue("+6281270000111", out var kubuPerahu))
            db.CollaborationRequests.Add(new CollaborationRequest(CollaborationKind.Offer, "Berbagi catatan pelatihan Siskeudes",
                "Kami dapat berbagi catatan dan contoh isian Siskeudes dari pelatihan kaur keuangan tahun ini.",
                "MP", "siskeudes", kubuPerahu.Village, kubuPerahu.Id, Guid.NewGuid(), now.AddDays(-1)));
        if (hendra is not null)
        {
            var thread = new DiscussionThread("MP", "Berbagi pengalaman menyusun RKP Desa",
                "Silakan ceritakan **satu hal** yang paling membantu pekon Anda saat menyusun RKP Desa tahun ini.\n\n- Musdes\n- Data usulan dusun\n- Pagu indikatif",
                hendra, Guid.NewGuid(), now.AddDays(-3));
            thread.Pin(true);
            db.DiscussionThreads.Add(thread);
        }
        await db.SaveChangesAsync(ct);
    }

    private static void Profile(LearningDbContext db, Dictionary<string, (string Id, string Village)> officials, string villageOf, string contact,
        DateTimeOffset now, string potential, VillageInitiative[] initiatives)
    {
        if (!officials.TryGetValue(villageOf, out var official) || !officials.TryGetValue(contact, out var person)) return;
        var profile = new VillageProfile(official.Village, now);
        profile.Update(potential, person.Id, initiatives, person.Id, now);
        db.VillageProfiles.Add(profile);
    }
}
