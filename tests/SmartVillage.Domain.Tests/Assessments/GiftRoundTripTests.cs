using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public class GiftRoundTripTests
{
    private const string Apbdes = "$course$/Post-test/APBDes";
    private const string Musdes = "$course$/Post-test/Musdes";

    /// <summary>Every type, in the awkward shapes an export must survive.</summary>
    public static TheoryData<string, Question> Questions() => new()
    {
        { "single choice with partial credit and feedback", Question.SingleChoice("Siapa PKPKD di desa?",
            [Choice.Correct("Kepala Desa", "Benar."), new Choice("Sekretaris Desa", 50, "Sekdes koordinator, bukan pemegang kekuasaan."), Choice.Wrong("Camat")])
            with { Name = "PKPKD", Category = Apbdes, GeneralFeedback = "Lihat Permendagri 20/2018." } },
        { "multiple answer with negative and full weights", Question.MultipleAnswer("Pilih pendapatan transfer desa.",
            [new Choice("Dana Desa", 50), new Choice("Alokasi Dana Desa", 50), new Choice("Dana BOS", -100, "Untuk sekolah."), new Choice("Iuran warga", -33.33333m)])
            with { Category = Apbdes } },
        { "multiple answer with one option worth everything", Question.MultipleAnswer("Pilih yang benar.",
            [new Choice("Semua di atas", 100), new Choice("Bukan salah satunya", -100)]) with { Category = Apbdes } },
        { "true with both feedbacks", Question.TrueFalse("APBDes ditetapkan dengan Perdes.", true, "Benar.", "Keliru: dengan Perdes.") with { Category = Apbdes } },
        { "false with feedback only when right", Question.TrueFalse("Dana Desa dari APBD.", false, "", "Benar, dari APBN.") with { Category = Apbdes } },
        { "false with feedback only when wrong", Question.TrueFalse("Dana Desa dari APBD.", false, "Keliru, dari APBN.") with { Category = Apbdes } },
        { "true/false with general feedback only", Question.TrueFalse("BPD menyelenggarakan Musdes.", true) with { GeneralFeedback = "Permendes 16/2019.", Category = Musdes } },
        { "short answer with wildcard, literal star and weights", Question.ShortAnswer("Dokumen perencanaan tahunan desa?",
            [new AcceptedAnswer("RKPDes"), new AcceptedAnswer("Rencana Kerja*", 50, "Lengkapnya?"), new AcceptedAnswer(@"RKP\*", 10)]) with { Category = Musdes } },
        { "short answer inside a sentence", Question.ShortAnswer("Musyawarah desa disingkat ", [new AcceptedAnswer("Musdes")]) with { TextAfterBlank = " dan dipimpin BPD." } },
        { "numerical with tolerance, range, weights and otherwise feedback", Question.Numerical("Berapa juta defisitnya?",
            [NumericalAnswer.Around(50, 0, 100, "Tepat!"), NumericalAnswer.Around(50, 5, 50, "Hampir."), NumericalAnswer.Between(-2.5m, 0.75m, 10)],
            "Belanja dikurangi pendapatan.") },
        { "numerical exact decimal", Question.Numerical("Berapa persen PPN?", [NumericalAnswer.Around(11.5m)]) },
        { "matching with a distractor", Question.Matching("Jodohkan dokumen dan penyusunnya.",
            [new MatchingPair("RKPDes", "Kaur Perencanaan"), new MatchingPair("Buku kas umum", "Kaur Keuangan"), new MatchingPair("", "Camat")])
            with { TextFormat = TextFormat.Html } },
        { "missing word", Question.MissingWord("Siskeudes dikembangkan oleh ", [Choice.Wrong("BPS", "Bukan."), Choice.Correct("BPKP")], " bersama Kemendagri.") },
        { "essay with general feedback", Question.Essay("Ceritakan Musdes terakhir di desa Anda.") with { GeneralFeedback = "Sebutkan waktu, peserta, hasil." } },
        { "essay inside a sentence", Question.Essay("Tuliskan ") with { TextAfterBlank = " langkah menyusun RKPDes." } },
        { "description in markdown", Question.Description("**Bagian B**: Musyawarah Desa.") with { Name = "Bagian B", TextFormat = TextFormat.Markdown } },
        { "every reserved character and newlines", Question.SingleChoice("Kode 5.1.1: {Belanja} = pegawai ~ kira-kira # nomor \\ garis miring\nbaris kedua",
            [Choice.Correct("a = b: {c}", "umpan # balik ~ \n dua baris"), Choice.Wrong(@"C:\Siskeudes\")])
            with { Name = "Nama: {aneh} #1 = ~", GeneralFeedback = "Umum #### bukan pemisah" } },
        { "text that looks like a tag or a comment", Question.TrueFalse("[catatan] Perdes dievaluasi camat.", true) },
        { "text starting with a comment mark", Question.TrueFalse("// bukan komentar", true) with { TextFormat = TextFormat.Plain } },
        { "answer text that looks like a weight or a tag", Question.SingleChoice("Pilih.",
            [Choice.Correct("%50% dana"), Choice.Wrong("%10% dana"), Choice.Wrong("[html] bukan tag")]) },
        { "short answer that looks like a weight", Question.ShortAnswer("Berapa?", [new AcceptedAnswer("%50%")]) },
        { "html with attributes", Question.Description("<p><a href=\"https://bpkp.go.id\">BPKP</a></p>") with { TextFormat = TextFormat.Html } },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void WriteThenParse_EachShape_GivesTheSameQuestion(string shape, Question question)
    {
        Assert.True(new QuestionValidator().Validate(question).IsValid, shape);
        var gift = GiftWriter.Write([question]);

        var result = GiftParser.Parse(gift);

        Assert.True(result.IsValid, shape + "\n" + gift + "\n" + string.Join("\n", result.Errors));
        Assert.Equal(question, Assert.Single(result.Questions));
    }

    [Fact]
    public void WriteThenParse_WholeBankWithCategoriesComingAndGoing_GivesTheSameQuestionsInOrder()
    {
        var bank = Questions().Select(row => (Question)row[1]).ToList();

        var result = GiftParser.Parse(GiftWriter.Write(bank));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(bank, result.Questions);
    }

    [Fact]
    public void ParseWriteParse_MoodleStylePreTest_GivesTheSameQuestions()
    {
        var first = GiftParser.Parse(GiftSamples.PreTest);

        var second = GiftParser.Parse(GiftWriter.Write(first.Questions));

        Assert.True(second.IsValid, string.Join("\n", second.Errors));
        Assert.Equal(first.Questions, second.Questions);
    }

    [Fact]
    public void Write_Twice_GivesTheSameText()
    {
        var once = GiftWriter.Write(GiftParser.Parse(GiftSamples.PreTest).Questions);

        Assert.Equal(once, GiftWriter.Write(GiftParser.Parse(once).Questions));
    }
}
