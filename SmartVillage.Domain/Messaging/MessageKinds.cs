namespace SmartVillage.Domain.Messaging;

/// <summary>Every kind of message the app sends, with its template. Short enough to read on a phone's lock screen.</summary>
public static class MessageKinds
{
    public static readonly MessageKind Seat = new("workshop.seat", "Kursi bimtek diterima", "Aparatur", Urgent: true, "sv_kursi_bimtek",
        "Kursi Anda di bimtek {{2}}",
        "Halo {{1}}, pendaftaran Anda di bimtek {{2}} diterima: kursi nomor {{3}}. Sesi pertama {{4}} di {{5}}.",
        ["nama", "bimtek", "nomor kursi", "waktu sesi pertama", "tempat"]);

    public static readonly MessageKind Waitlisted = new("workshop.waitlist", "Masuk daftar tunggu bimtek", "Aparatur", Urgent: false, "sv_daftar_tunggu",
        "Daftar tunggu bimtek {{2}}",
        "Halo {{1}}, bimtek {{2}} sudah penuh; Anda di daftar tunggu nomor {{3}}. Kami kabari bila ada kursi.",
        ["nama", "bimtek", "nomor tunggu"]);

    public static readonly MessageKind Promoted = new("workshop.promoted", "Kursi dari daftar tunggu", "Aparatur", Urgent: true, "sv_kursi_dari_tunggu",
        "Ada kursi untuk Anda di bimtek {{2}}",
        "Halo {{1}}, ada kursi untuk Anda di bimtek {{2}}: kursi nomor {{3}}. Sesi pertama {{4}} di {{5}}.",
        ["nama", "bimtek", "nomor kursi", "waktu sesi pertama", "tempat"]);

    public static readonly MessageKind DayBefore = new("workshop.reminder.day", "Pengingat sehari sebelum sesi", "Aparatur", Urgent: false, "sv_pengingat_besok",
        "Besok: {{2}}",
        "Pengingat: besok {{1}}, bimtek {{2}} — sesi \"{{3}}\" di {{4}}.",
        ["waktu", "bimtek", "sesi", "tempat"]);

    public static readonly MessageKind HourBefore = new("workshop.reminder.hour", "Pengingat satu jam sebelum sesi", "Aparatur", Urgent: true, "sv_pengingat_sejam",
        "Satu jam lagi: {{2}}",
        "Satu jam lagi ({{1}}): bimtek {{2}} — sesi \"{{3}}\" di {{4}}.",
        ["waktu", "bimtek", "sesi", "tempat"]);

    public static readonly MessageKind PostTestClosing = new("quiz.closing", "Post-test ditutup besok", "Aparatur", Urgent: false, "sv_posttest_ditutup",
        "Post-test {{2}} ditutup besok",
        "Halo {{1}}, post-test {{2}} ditutup {{3}}. Kerjakan sebelum waktunya habis.",
        ["nama", "post-test", "waktu tutup"]);

    public static readonly MessageKind CertificateIssued = new("certificate.issued", "Sertifikat terbit", "Aparatur", Urgent: false, "sv_sertifikat_terbit",
        "Sertifikat {{2}} sudah terbit",
        "Selamat {{1}}! Sertifikat {{2}} nomor {{3}} sudah terbit. Siapa pun dapat memeriksa keasliannya lewat tautan ini.",
        ["nama", "judul", "nomor"]);

    public static readonly MessageKind PlanWaiting = new("mentoring.plan.waiting", "Rencana kerja menunggu tinjauan", "Pendamping", Urgent: false, "sv_rencana_menunggu",
        "Rencana kerja menunggu tinjauan Anda",
        "Rencana kerja \"{{1}}\" dari {{2}} menunggu tinjauan Anda sejak {{3}} hari lalu.",
        ["judul", "aparatur", "hari"]);

    public static readonly MessageKind ObstacleWaiting = new("mentoring.obstacle.waiting", "Kendala belum ditanggapi", "Pendamping", Urgent: false, "sv_kendala_menunggu",
        "Kendala belum ditanggapi",
        "Kendala dari {{1}} ({{2}}) belum ditanggapi sejak {{3}} hari lalu.",
        ["aparatur", "kategori", "hari"]);

    public static readonly MessageKind EssaysWaiting = new("grading.essays.waiting", "Esai menunggu dinilai", "Pelatih", Urgent: false, "sv_esai_menunggu",
        "{{1}} esai menunggu dinilai",
        "{{1}} jawaban esai di kursus {{2}} menunggu Anda nilai.",
        ["jumlah", "kursus"]);

    public static readonly IReadOnlyList<MessageKind> All =
        [Seat, Waitlisted, Promoted, DayBefore, HourBefore, PostTestClosing, CertificateIssued, PlanWaiting, ObstacleWaiting, EssaysWaiting];

    public static MessageKind? Find(string code) => All.FirstOrDefault(k => k.Code == code);
}
