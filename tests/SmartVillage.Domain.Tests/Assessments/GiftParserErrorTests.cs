using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public class GiftParserErrorTests
{
    private static QuestionFileError SingleError(string gift)
    {
        var result = GiftParser.Parse(gift);
        Assert.Empty(result.Questions);
        return Assert.Single(result.Errors);
    }

    private const string BrokenFile = """
        // Pre-test APBDes
        $CATEGORY: $course$/Pre-test/APBDes

        ::Q1:: APBDes ditetapkan dengan Peraturan Desa. {T}

        // kurung kurawal lupa ditutup
        ::Q2:: Siapa yang menyusun rancangan APBDes? {=Sekretaris Desa ~Ketua BPD
        ~Camat

        ::Q3:: Dana Desa bersumber dari APBN. {BENAR}

        ::Q4:: Siapa yang memimpin Musdes?
        {~Kepala Desa ~Camat ~Bupati}

        ::Q5:: Musdes membahas RKPDes. {T}
        """;

    [Fact]
    public void Parse_FileWithBrokenQuestions_ReportsEachAtTheLineItStartsAndKeepsNothing()
    {
        var result = GiftParser.Parse(BrokenFile);

        Assert.False(result.IsValid);
        Assert.Empty(result.Questions);
        Assert.Equal([7, 10, 12], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Parse_UnclosedBrace_SaysSoAtLineSeven()
    {
        var error = GiftParser.Parse(BrokenFile).Errors[0];

        Assert.Equal(7, error.Line);
        Assert.Equal("Kurung kurawal { tidak ditutup dengan }.", error.Message);
        Assert.Equal("Baris 7: Kurung kurawal { tidak ditutup dengan }.", error.ToString());
    }

    [Fact]
    public void Parse_BenarInsteadOfT_IsAnUnknownTypeWithAHint() =>
        Assert.Equal("Jenis soal tidak dikenali dari {BENAR}: untuk soal benar/salah tulis {T} atau {F}.",
            GiftParser.Parse(BrokenFile).Errors[1].Message);

    [Fact]
    public void Parse_ChoicesWithoutAnyCorrectOne_SaysThereIsNoCorrectAnswer() =>
        Assert.StartsWith("Soal pilihan tidak punya jawaban benar",
            GiftParser.Parse(BrokenFile).Errors[2].Message);

    [Fact]
    public void Parse_BareWordInBlock_IsAnUnknownType()
    {
        var error = SingleError("\n\nIbu kota Provinsi Lampung? {Bandar Lampung}");

        Assert.Equal(3, error.Line);
        Assert.StartsWith("Jenis soal tidak dikenali dari \"Bandar Lampung\"", error.Message);
    }

    [Fact]
    public void Parse_SingleChoiceWithTwoCorrectAnswers_AsksForWeightsInstead() =>
        Assert.StartsWith("Soal pilihan ganda hanya boleh punya satu jawaban benar",
            SingleError("Siapa anggota Tim Pelaksana Kegiatan? {=Kasi ~Camat =Kaur}").Message);

    [Fact]
    public void Parse_TwoQuestionsWithoutBlankLine_IsReportedAtTheFirst()
    {
        var error = SingleError("// dua soal menempel\nSoal satu {=a ~b\nSoal dua {=c ~d}");

        Assert.Equal(2, error.Line);
        Assert.Contains("dua soal tidak dipisah baris kosong", error.Message);
    }

    [Theory]
    [InlineData("Dana Desa } dari APBN {T}", "Ada } tanpa { pembuka")]
    [InlineData("Dana Desa dari APBN }", "Ada } tanpa { pembuka")]
    [InlineData("Isi {=Musdes} dan {=BPD}.", "Hanya boleh satu blok jawaban")]
    [InlineData("::Q1 Musdes dipimpin BPD. {T}", "Nama soal dibuka dengan :: tetapi tidak ditutup")]
    [InlineData("Musdes dipimpin oleh {Ketua ~BPD =Ketua BPD}.", "Teks \"Ketua\" ada sebelum jawaban pertama")]
    [InlineData("Jodohkan. {=RKPDes -> Kaur Perencanaan =APBDes}", "Pasangan \"APBDes\" harus ditulis =soal -> jawaban.")]
    [InlineData("Berapa persen? {#delapan puluh}", "\"delapan puluh\" bukan angka")]
    [InlineData("Berapa persen? {#80..sembilan puluh}", "\"80..sembilan puluh\" bukan angka")]
    [InlineData("Berapa persen? {#80 ~79}", "Pada soal numerik, ~ hanya untuk umpan balik")]
    [InlineData("Pilih yang benar. {~%lima puluh%Dana Desa ~%50%ADD}", "Bobot \"%lima puluh%\"")]
    [InlineData("Pilih yang benar. {~%abc%Dana Desa ~%50%ADD}", "Bobot \"%abc%\" harus angka persen")]
    [InlineData("Pilih yang benar. {~%50%Dana Desa ~%40%ADD ~BOS}", "Bobot jawaban benar harus berjumlah 100%, sekarang 90%.")]
    [InlineData("Pilih yang benar. {=Dana Desa ~%-150%ADD}", "Bobot pilihan \"ADD\" (-150%) harus antara -100% dan 100%.")]
    [InlineData("Pilih yang benar. {~%100%Dana Desa}", "Soal pilihan perlu paling sedikit 2 pilihan jawaban.")]
    [InlineData("Jodohkan. {=RKPDes -> Kaur Perencanaan}", "Soal menjodohkan perlu paling sedikit 2 pasangan.")]
    [InlineData("Jodohkan. {=RKPDes -> Kaur Perencanaan = -> Camat}", "Soal menjodohkan perlu paling sedikit 2 pasangan.")]
    [InlineData("Sebutkan dokumennya. {=%50%RKP*}", "Salah satu jawaban isian singkat harus bernilai 100%.")]
    [InlineData("Berapa persen? {#%50%85}", "Salah satu jawaban numerik harus bernilai 100%.")]
    [InlineData("Berapa persen? {#90..80}", "Rentang 90..80 terbalik")]
    [InlineData("::Q1:: {T}", "Teks soal wajib diisi.")]
    [InlineData("Berapa persen? {#}", "Soal numerik perlu paling sedikit 1 jawaban angka")]
    [InlineData("Singkatan musyawarah desa? {=}", "Jawaban isian singkat tidak boleh kosong.")]
    public void Parse_BrokenQuestion_ExplainsWhatIsWrong(string gift, string expected) =>
        Assert.Contains(expected, SingleError(gift).Message);

    [Fact]
    public void Parse_OneGoodAndOneBadQuestion_ImportsNothing()
    {
        var result = GiftParser.Parse("Musdes dipimpin BPD. {T}\n\nMusdes dipimpin camat. {SALAH}");

        Assert.Empty(result.Questions);
        Assert.Equal(3, Assert.Single(result.Errors).Line);
    }
}
