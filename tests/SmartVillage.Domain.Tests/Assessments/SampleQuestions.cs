using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

/// <summary>Valid questions with sensible defaults; tests change only what they are about with <c>with</c>.</summary>
internal static class SampleQuestions
{
    public static Question SingleChoice() => Question.SingleChoice("Siapa pemegang kekuasaan pengelolaan keuangan desa?",
    [
        Choice.Correct("Kepala Desa", "Benar, Kepala Desa adalah PKPKD."),
        new Choice("Sekretaris Desa", 25, "Sekdes koordinator pelaksana, bukan pemegang kekuasaan."),
        Choice.Wrong("Ketua BPD", "BPD mengawasi, tidak mengelola keuangan."),
        new Choice("Camat", -50, "Camat di luar pemerintahan desa."),
    ]);

    public static Question MultipleAnswer() => Question.MultipleAnswer("Manakah yang termasuk pendapatan transfer desa?",
    [
        new Choice("Dana Desa", 50, "Ya, dari APBN."),
        new Choice("Alokasi Dana Desa", 50, "Ya, dari APBD kabupaten."),
        new Choice("Dana BOS", -100, "Bukan, untuk sekolah."),
        new Choice("Iuran warga", -50, "Bukan, itu swadaya."),
    ]);

    public static Question TrueFalse() =>
        Question.TrueFalse("Dana Desa bersumber dari APBD kabupaten.", false, "Keliru: Dana Desa dari APBN.", "Benar, Dana Desa dari APBN.");

    public static Question ShortAnswer() => Question.ShortAnswer("Dokumen perencanaan tahunan desa disebut apa?",
    [
        new AcceptedAnswer("RKPDes", 100, "Tepat."),
        new AcceptedAnswer("RKP Desa", 100, "Tepat."),
        new AcceptedAnswer("Rencana Kerja Pemerintah Desa", 100, "Tepat, lengkap."),
        new AcceptedAnswer("Rencana Kerja*", 50, "Hampir: Rencana Kerja Pemerintah Desa."),
        new AcceptedAnswer("*Desa", 20, "Dokumen apa persisnya?"),
    ]);

    public static Question Numerical() => Question.Numerical("Realisasi belanja Rp 850 juta dari pagu Rp 1 miliar. Berapa persen realisasinya?",
    [
        NumericalAnswer.Around(85, 0, 100, "Tepat."),
        NumericalAnswer.Around(85, 0.5m, 80, "Dekat; hitung tanpa pembulatan."),
        NumericalAnswer.Between(80, 90, 25, "Kira-kira benar."),
    ], "Bagi realisasi dengan pagu, kalikan 100.");

    public static Question Matching() => Question.Matching("Jodohkan dokumen dengan perangkat yang menyiapkannya.",
    [
        new MatchingPair("RKPDes", "Kaur Perencanaan"),
        new MatchingPair("Buku kas umum", "Kaur Keuangan"),
        new MatchingPair("Buku pembantu pajak", "Kaur Keuangan"),
        new MatchingPair("Berita acara Musdes", "Sekretaris Desa"),
        new MatchingPair("", "Camat"),
    ]);

    public static Question MissingWord() => Question.MissingWord("Aplikasi Siskeudes dikembangkan oleh ",
        [Choice.Wrong("BPS", "BPS mengurus statistik."), Choice.Correct("BPKP", "Benar."), Choice.Wrong("Bappenas")],
        " bersama Kemendagri.");

    public static Question Essay() => Question.Essay("Ceritakan pelaksanaan Musdes RKPDes di desa Anda.") with
    {
        GeneralFeedback = "Sebutkan waktu, peserta dan hasil kesepakatan.",
    };

    public static Question Description() => Question.Description("Bagian B membahas Musyawarah Desa.");

    public static IEnumerable<Question> All() =>
        [SingleChoice(), MultipleAnswer(), TrueFalse(), ShortAnswer(), Numerical(), Matching(), MissingWord(), Essay(), Description()];
}
