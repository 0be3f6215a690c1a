namespace SmartVillage.Domain.Tests.Assessments;

/// <summary>
/// The examples of Moodle's "GIFT format" documentation, retold as questions a trainer in Lampung would
/// ask village officials about APBDes, Siskeudes and Musdes.
/// </summary>
internal static class GiftSamples
{
    public const string TrueFalse = "::Q1:: APBDes ditetapkan dengan Peraturan Desa. {T}";

    public const string SingleChoiceWithFeedback = """
        ::Q2:: Siapa yang mengoordinasikan penyusunan rancangan APBDes?
        {
            =Sekretaris Desa # Benar, Sekdes adalah koordinator pelaksana pengelolaan keuangan desa.
            ~Ketua BPD # Bukan, BPD membahas dan menyepakati rancangan bersama Kepala Desa.
            ~Camat # Bukan, camat mengevaluasi rancangan Perdes APBDes.
        }
        """;

    public const string FillInTheBlank = "::Q3:: Musyawarah desa disingkat {=Musdes =musdes} dan diselenggarakan oleh BPD.";

    public const string Matching = """
        ::Q4:: Jodohkan dokumen dengan perangkat yang menyiapkannya. {
            =RKPDes -> Kaur Perencanaan
            =Buku kas umum -> Kaur Keuangan
            =Berita acara Musdes -> Sekretaris Desa
        }
        """;

    public const string NumericalTolerance = "::Q5:: Realisasi belanja Rp 850 juta dari pagu Rp 1 miliar. Berapa persen realisasinya? {#85:1}";

    public const string NumericalRange = "::Q6:: Sebutkan satu angka persentase realisasi yang tergolong baik (80 sampai 90). {#80..90}";

    public const string NumericalPartialCredit = """
        ::Q7:: Pendapatan desa Rp 1.200 juta dan belanja Rp 1.250 juta. Berapa juta rupiah defisitnya? {#
            =50:0      # Tepat! Defisit ditutup dengan pembiayaan, misalnya SiLPA.
            =%50%50:5  # Hampir; hitung lagi selisih belanja dan pendapatan.
            ~#Defisit adalah belanja dikurangi pendapatan.
        }
        """;

    public const string Essay = "::Q8:: Ceritakan bagaimana Musdes RKPDes di desa Anda dilaksanakan tahun ini. {}";

    public const string MultipleAnswer = """
        ::Q9:: Manakah yang termasuk pendapatan transfer desa? {
            ~%50%Dana Desa
            ~%50%Alokasi Dana Desa
            ~%-100%Dana BOS # Dana BOS untuk sekolah, bukan pendapatan desa.
            ~%-100%Iuran warga
        }
        """;

    public const string MissingWord = "Aplikasi Siskeudes dikembangkan oleh {~BPS =BPKP ~Bappenas} bersama Kemendagri.";

    public const string TrueFalseWithFeedbacks =
        "::Q10:: Dana Desa bersumber dari APBD kabupaten. {FALSE#Keliru: Dana Desa bersumber dari APBN.#Benar, Dana Desa dari APBN; ADD yang dari APBD kabupaten.}";

    public const string ShortAnswerWithWildcard = """
        ::Q11:: Dokumen perencanaan tahunan desa disebut apa? {
            =RKPDes
            =RKP Desa
            =Rencana Kerja Pemerintah Desa
            =%50%Rencana Kerja* # Hampir: lengkapnya Rencana Kerja Pemerintah Desa.
        }
        """;

    public const string Description = "::Bagian B:: Soal-soal berikut membahas Musyawarah Desa (Musdes).";

    public const string GeneralFeedback = """
        ::Q12:: Siapa yang memimpin Musdes? {
            =Ketua BPD
            ~Kepala Desa
            ~Camat
            ####Musdes diselenggarakan dan dipimpin oleh BPD, difasilitasi pemerintah desa.
        }
        """;

    public const string Escapes =
        @"::Kode\: 5.1.1:: Kode rekening 5.1.1 \: Belanja Pegawai.\nTulis kode dalam \{kurung\}, pakai \~ untuk kira-kira, \= untuk sama dengan dan \# untuk nomor. {=5.1.1 \# Belanja Pegawai}";

    public const string Markdown = "::Q13::[markdown]Perhatikan **tabel SiLPA** berikut. {T}";

    public const string Html = @"::Q14::[html]<p>Unduh Siskeudes dari <a href\=""https\://bpkp.go.id"">BPKP</a>.</p>{T}";

    /// <summary>A whole pre-test file: comments, categories, every type.</summary>
    public static readonly string PreTest = string.Join("\n\n",
        "// Pre-test Pengelolaan APBDes dengan Siskeudes\n// ditulis untuk Moodle, diekspor sebagai GIFT",
        "$CATEGORY: $course$/Pre-test/APBDes",
        TrueFalse, SingleChoiceWithFeedback, NumericalTolerance, NumericalRange, NumericalPartialCredit,
        MultipleAnswer, MissingWord, TrueFalseWithFeedbacks, ShortAnswerWithWildcard, Essay,
        "$CATEGORY: $course$/Pre-test/Musdes",
        Description, FillInTheBlank, Matching, GeneralFeedback, Escapes, Markdown, Html) + "\n";
}
