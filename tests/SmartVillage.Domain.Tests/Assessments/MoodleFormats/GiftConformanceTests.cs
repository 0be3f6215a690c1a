using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments.MoodleFormats;

/// <summary>
/// GIFT as Moodle documents and tests it (question/format/gift: its docs, examples.txt and its unit tests), case by case
/// in our own words and data: what each line becomes, and what the writer puts out. Issue 16's defects are here too.
/// </summary>
public sealed class GiftConformanceTests
{
    private static Question One(string gift)
    {
        var result = GiftParser.Parse(gift);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return Assert.Single(result.Questions);
    }

    [Fact]
    public void Essay_EmptyBlock_WithNameAndTrimmedText() =>
        Assert.Equal(Question.Essay("Apa kendala Anda menyusun APBDes?") with { Name = "Q8" },
            One("// esai\n::Q8:: Apa kendala Anda menyusun APBDes? {}"));

    [Fact]
    public void Essay_AndTrueFalse_CarryMoodlesPenalties()
    {
        Assert.Equal(Question.StandardPenalty, One("Jelaskan.{}").Penalty);
        Assert.Equal(1, One("Camat memimpin Musdes.{F}").Penalty);
        Assert.Equal(0, One("Bacaan saja.").Penalty);
    }

    [Fact]
    public void Matching_PerSubquestionFormatTags_AreDroppedAndAnEmptyLeftSideIsADistractor()
    {
        var q = One("""
            ::Dokumen::[html]Jodohkan <b>dokumen</b> dengan penyiapnya.{
                =[html]Rencana kerja tahunan. -> Kaur Perencanaan
                =[moodle]Buku kas umum. -> Kaur Keuangan
                =[plain]Daftar hadir Musdes. -> Sekretaris
                =[markdown]Laporan realisasi. -> Kaur Keuangan
                = -> Kepala Dusun
            }
            """);

        Assert.Equal(TextFormat.Html, q.TextFormat);
        Assert.Equal("Jodohkan <b>dokumen</b> dengan penyiapnya.", q.Text);
        Assert.Equal(["Rencana kerja tahunan.", "Buku kas umum.", "Daftar hadir Musdes.", "Laporan realisasi.", ""], q.MatchingPairs.Select(p => p.Subquestion));
        Assert.True(q.MatchingPairs[4].IsDistractor);
        Assert.Equal("Kepala Dusun", q.MatchingPairs[4].Answer);
    }

    [Fact]
    public void Matching_RightSideIsPlainText_ATagThereStaysText() =>
        Assert.Equal("[plain]Kaur Keuangan", One("Jodohkan.{=BKU -> [plain]Kaur Keuangan =RKP -> Kaur Perencanaan}").MatchingPairs[0].Answer);

    [Fact]
    public void SingleChoice_FeedbackPerOption_AndPerFeedbackFormatTagDropped()
    {
        var q = One("""
            // pilihan ganda dengan umpan balik
            ::Q2:: Siapa yang menetapkan APBDes?
            {
                =Kepala Desa bersama BPD # benar, lewat Perdes
                ~Camat # [html]<i>bukan</i>, camat mengevaluasi
                ~[plain]Bupati # bukan
            }
            """);

        Assert.Equal(QuestionType.SingleChoice, q.Type);
        Assert.Equal([100m, 0m, 0m], q.Choices.Select(c => c.Weight));
        Assert.Equal(["Kepala Desa bersama BPD", "Camat", "Bupati"], q.Choices.Select(c => c.Text));
        Assert.Equal("<i>bukan</i>, camat mengevaluasi", q.Choices[1].Feedback);
    }

    [Theory]
    [InlineData("{~%50%Dana Desa ~%-100%Pinjaman ~%50%ADD ~%-100%[plain]Utang}", new[] { 50.0, -100, 50, -100 })]
    [InlineData("{~%100%Dana Desa ~%-50%Pinjaman ~%-50%Utang}", new[] { 100.0, -50, -50 })]
    public void MultipleAnswer_OnlyTildes_WeightsAsWritten(string block, double[] weights)
    {
        var q = One("Mana pendapatan desa? " + block);

        Assert.Equal(QuestionType.MultipleAnswer, q.Type);
        Assert.Equal(weights.Select(w => (decimal)w), q.Choices.Select(c => c.Weight));
    }

    [Fact]
    public void Numerical_ToleranceAndFeedbackForAnyOtherNumber()
    {
        var q = One("::Q5:: Sebut angka dari 1 sampai 5. {#3:2~#Salah sama sekali}");

        Assert.Equal([NumericalAnswer.Around(3, 2)], q.NumericalAnswers);
        Assert.Equal("Salah sama sekali", q.FeedbackForOtherNumbers);
    }

    [Fact]
    public void Numerical_RangeAndPartialCredit_AreReadAsMoodleReadsThem()
    {
        var q = One("Tahun UU Desa? {#=2014:0#Tepat. =%50%2013..2015#Hampir.}");

        Assert.Equal([NumericalAnswer.Around(2014, 0, 100, "Tepat."), NumericalAnswer.Between(2013, 2015, 50, "Hampir.")], q.NumericalAnswers);
    }

    [Fact]
    public void ShortAnswer_ZeroPercentAlternatives_StayZero()
    {
        // Moodle's own unit-test bank: "*" at 0% gives its feedback to every other answer and no marks (issue 16, item 1).
        var q = One("::SA::Hewan terbaik?{\n=Kodok#Bagus!\n=%50%Kucing#Kenapa kucing?\n=%0%*#Salah sama sekali\n####[html]Umpan balik umum.\n}");

        Assert.Equal([new AcceptedAnswer("Kodok", 100, "Bagus!"), new AcceptedAnswer("Kucing", 50, "Kenapa kucing?"), new AcceptedAnswer("*", 0, "Salah sama sekali")],
            q.AcceptedAnswers);
        Assert.Equal("Umpan balik umum.", q.GeneralFeedback);
        Assert.Equal(0, AnswerGrader.Grade(q, new TextResponse("Anjing")).Fraction);
    }

    [Fact]
    public void TrueFalse_FalseWithTwoFeedbacks_FirstIsForTheWrongPick()
    {
        var q = One("::Q1:: Camat menetapkan APBDes.{\nFALSE#Camat hanya mengevaluasi.#Anda benar.}");

        Assert.Equal(new TrueFalseAnswer(false, FeedbackForTrue: "Camat hanya mengevaluasi.", FeedbackForFalse: "Anda benar."), q.TrueFalseAnswer);
    }

    [Theory]
    [InlineData("{T}")]
    [InlineData("{TRUE}")]
    public void TrueFalse_TAndTrue_AreTrue(string block) =>
        Assert.True(One("::2-08 TSL::Perdes ditetapkan kepala desa." + block).TrueFalseAnswer!.Correct);

    [Fact]
    public void Backslashes_AreUnescapedOnceAndWrittenBackEscaped()
    {
        var q = One(@"::double backslash:: A \\ B \\\\ C{}");

        Assert.Equal(@"A \ B \\ C", q.Text);
        Assert.Contains(@"::double backslash::A \\ B \\\\ C{}", GiftWriter.Write([q]));
    }

    [Fact]
    public void HtmlWithEscapedBraces_KeepsItsLines()
    {
        var q = One("::Q001::[html]<p>Apa hasil kode ini?</p>\n<pre>\n    if (x) \\{\n        y();\n    \\}\n</pre>\n{}");

        Assert.Equal("<p>Apa hasil kode ini?</p>\n<pre>\nif (x) {\ny();\n}\n</pre>", q.Text);
    }

    [Fact]
    public void TagsAndIdNumber_FromTheCommentLinesAboveTheQuestion()
    {
        var q = One("// Soal ini menguji impor tag: [tag:apbdes] [tag:tahap-awal].\n// Dan ID-nya: [id:apb-01].\n::Nama soal:: Apa kabar? {}");

        Assert.Equal("apb-01", q.IdNumber);
        Assert.Equal(["apbdes", "tahap-awal"], q.Tags);
    }

    [Theory]
    [InlineData("", null, new string[0])]
    [InlineData("// Komentar biasa.", null, new string[0])]
    [InlineData("// Komentar dengan [id:kodok] <-- ID.", "kodok", new string[0])]
    [InlineData("// Lihat tag: [tag:kodok] [tag:katak].", null, new[] { "kodok", "katak" })]
    [InlineData("// [tag:tambah] [tag:dasar] [id:empat]", "empat", new[] { "tambah", "dasar" })]
    [InlineData("// [tag:  dasar] Ini  \n// sebuah [id:   empat   ] so[tag:tambah   ]al.", "empat", new[] { "dasar", "tambah" })]
    [InlineData("// Bukan [tag:\n// kodok].", null, new string[0])]
    [InlineData(@"// [id:i\]d].", "i]d", new string[0])]
    [InlineData(@"// [tag:t\]ag].", null, new[] { "t]ag" })]
    public void IdNumberAndTags_MoodlesTokenRules(string comment, string? idNumber, string[] tags)
    {
        var q = One(comment + "\n::Q::Teks.{}");

        Assert.Equal(idNumber, q.IdNumber);
        Assert.Equal(tags, q.Tags);
    }

    [Fact]
    public void IdNumberAndTags_AreWrittenOnMoodlesCommentLine_WithBracketsEscaped()
    {
        var q = Question.TrueFalse("Jawabannya benar.", true) with { Name = "TF", IdNumber = "i]d", Tags = ["tag1", "t]ag"] };

        Assert.StartsWith("// [id:i\\]d] [tag:tag1] [tag:t\\]ag]\n::TF::Jawabannya benar.{TRUE}", GiftWriter.Write([q]));
    }

    [Theory]
    [InlineData("$course$/Pre-test", "$course$/Pre-test")]
    [InlineData("$course$/top/Pre-test", "$course$/Pre-test")]
    [InlineData("$module$/top/Pre-test/Bab 1", "$course$/Pre-test/Bab 1")]
    [InlineData("$module$/Pre-test", "$course$/Pre-test")]
    [InlineData("$system$/top/Bersama", "$course$/Bersama")]
    [InlineData("top/Pre-test", "$course$/Pre-test")]
    [InlineData("Pre-test", "$course$/Pre-test")]
    [InlineData("$course$/top", null)]
    public void Category_WithoutMoodlesContextAndTop(string written, string? expected) =>
        Assert.Equal(expected, One($"$CATEGORY: {written}\n\n::Q::Teks.{{}}").Category);

    [Fact]
    public void Category_ThatIsNoPath_IsReportedAtItsLine()
    {
        var result = GiftParser.Parse("::A::Teks.{}\n\n$CATEGORY: $course$/Pre-test/ /Bab\n\n::B::Teks.{}");

        Assert.Equal(3, Assert.Single(result.Errors).Line);
    }

    [Theory]
    [InlineData("::<b>Dana</b> Desa::", "Dana Desa")]
    [InlineData("::  Nama   ::", "Nama")]
    [InlineData("::<p></p>::", null)]
    public void Name_MarkupStrippedAndTrimmed(string name, string? expected) =>
        Assert.Equal(expected, One(name + "Dana Desa dari APBN.{T}").Name);

    [Fact]
    public void BlankOpeningTheSentence_IsAMissingWordWithNoTextBefore()
    {
        var q = One("{~Metro =Bandar Lampung ~Kotabumi} adalah ibu kota Provinsi Lampung.");

        Assert.Equal(QuestionType.MissingWord, q.Type);
        Assert.Equal("", q.Text);
        Assert.Equal("_____ adalah ibu kota Provinsi Lampung.", q.DisplayText());
        Assert.Equal(q, One(GiftWriter.Write([q])));
    }

    [Fact]
    public void MissingWord_InTheMiddle()
    {
        var q = One("Musdes dipimpin oleh {~Camat =Ketua BPD ~Kepala Desa} dan dihadiri warga.");

        Assert.Equal("Musdes dipimpin oleh _____ dan dihadiri warga.", q.DisplayText());
        Assert.Equal(100, q.Choices[1].Weight);
    }

    [Fact]
    public void NameUsedTwice_BothQuestionsAreRead()
    {
        var result = GiftParser.Parse("::Sama::Satu.{T}\n\n::Sama::Dua.{F}");

        Assert.Equal(2, result.Questions.Count);
    }

    [Fact]
    public void Description_NoBlockAtAll_IsNotGradedAndWorthNothing()
    {
        var q = One("::Kasus::Pekon Sukamaju menunda Musdes karena hujan.");

        Assert.Equal((QuestionType.Description, 0m), (q.Type, q.DefaultMark));
    }

    [Fact]
    public void FileNotInUtf8_IsRefusedAtTheLineOfItsFirstBadByte_ByteOrderMarkAccepted()
    {
        byte[] windows1252 = [.. "::A::Satu.{T}\n\n"u8, .. "::B::Caf"u8, 0xE9, .. ".{T}\n"u8];
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. "::B::Café.{T}\n"u8];

        var (_, refused) = QuestionFileText.Parse("bank.gift", windows1252);
        var (_, accepted) = QuestionFileText.Parse("bank.gift", withBom);

        Assert.Equal(3, Assert.Single(refused.Errors).Line);
        Assert.Contains("UTF-8", refused.Errors[0].Message);
        Assert.Equal("Café.", Assert.Single(accepted.Questions).Text);
    }
}
