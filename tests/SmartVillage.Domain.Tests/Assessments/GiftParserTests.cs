using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public class GiftParserTests
{
    private static Question ParseOne(string gift)
    {
        var result = GiftParser.Parse(gift);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return Assert.Single(result.Questions);
    }

    [Fact]
    public void Parse_TrueFalseShortForm_IsTrueFalseWithNameAndDefaults()
    {
        var q = ParseOne(GiftSamples.TrueFalse);

        Assert.Equal(QuestionType.TrueFalse, q.Type);
        Assert.Equal("Q1", q.Name);
        Assert.Equal("APBDes ditetapkan dengan Peraturan Desa.", q.Text);
        Assert.Equal(new TrueFalseAnswer(true), q.TrueFalseAnswer);
        Assert.Equal(TextFormat.Moodle, q.TextFormat);
        Assert.Equal(1, q.DefaultMark);
        Assert.Null(q.Category);
        Assert.False(q.HasBlank);
    }

    [Theory]
    [InlineData("{T}", true)]
    [InlineData("{TRUE}", true)]
    [InlineData("{F}", false)]
    [InlineData("{FALSE}", false)]
    [InlineData("{true}", true)]
    public void Parse_TrueFalseSpellings_ReadTheKey(string block, bool expected) =>
        Assert.Equal(expected, ParseOne("BPD dipilih secara demokratis. " + block).TrueFalseAnswer!.Correct);

    [Fact]
    public void Parse_FalseWithTwoFeedbacks_KeepsFeedbackPerPickedValue()
    {
        var q = ParseOne(GiftSamples.TrueFalseWithFeedbacks);

        // GIFT writes {FALSE#shown when wrong#shown when right}; wrong here means picking "true".
        Assert.False(q.TrueFalseAnswer!.Correct);
        Assert.Equal("Keliru: Dana Desa bersumber dari APBN.", q.TrueFalseAnswer.FeedbackForTrue);
        Assert.Equal("Benar, Dana Desa dari APBN; ADD yang dari APBD kabupaten.", q.TrueFalseAnswer.FeedbackForFalse);
    }

    [Fact]
    public void Parse_SingleChoiceOverSeveralLines_ReadsChoicesWeightsAndFeedback()
    {
        var q = ParseOne(GiftSamples.SingleChoiceWithFeedback);

        Assert.Equal(QuestionType.SingleChoice, q.Type);
        Assert.Equal("Siapa yang mengoordinasikan penyusunan rancangan APBDes?", q.Text);
        Assert.Equal(
            [
                Choice.Correct("Sekretaris Desa", "Benar, Sekdes adalah koordinator pelaksana pengelolaan keuangan desa."),
                Choice.Wrong("Ketua BPD", "Bukan, BPD membahas dan menyepakati rancangan bersama Kepala Desa."),
                Choice.Wrong("Camat", "Bukan, camat mengevaluasi rancangan Perdes APBDes."),
            ],
            q.Choices);
    }

    [Fact]
    public void Parse_TildesWithWeightsOnly_IsMultipleAnswerWithNegativeWeights()
    {
        var q = ParseOne(GiftSamples.MultipleAnswer);

        Assert.Equal(QuestionType.MultipleAnswer, q.Type);
        Assert.Equal([50m, 50m, -100m, -100m], q.Choices.Select(c => c.Weight));
        Assert.Equal("Dana BOS untuk sekolah, bukan pendapatan desa.", q.Choices[2].Feedback);
    }

    [Fact]
    public void Parse_DecimalWeights_AreKept()
    {
        var q = ParseOne("Pilih semua dokumen perencanaan desa. {~%33.33333%RPJMDes ~%33.33333%RKPDes ~%33.33334%APBDes ~%-100%SPT Pajak}");

        Assert.Equal(33.33333m, q.Choices[0].Weight);
    }

    [Fact]
    public void Parse_AnswersInsideSentence_IsMissingWordWithTextAroundTheBlank()
    {
        var q = ParseOne(GiftSamples.MissingWord);

        Assert.Equal(QuestionType.MissingWord, q.Type);
        Assert.Null(q.Name);
        Assert.Equal("Aplikasi Siskeudes dikembangkan oleh ", q.Text);
        Assert.Equal(" bersama Kemendagri.", q.TextAfterBlank);
        Assert.Equal("Aplikasi Siskeudes dikembangkan oleh _____ bersama Kemendagri.", q.DisplayText());
        Assert.Equal(100, q.Choices[1].Weight);
    }

    [Fact]
    public void Parse_ShortAnswerInsideSentence_KeepsTheBlankOnAShortAnswer()
    {
        var q = ParseOne(GiftSamples.FillInTheBlank);

        Assert.Equal(QuestionType.ShortAnswer, q.Type);
        Assert.Equal("Musyawarah desa disingkat ", q.Text);
        Assert.Equal(" dan diselenggarakan oleh BPD.", q.TextAfterBlank);
        Assert.Equal([new AcceptedAnswer("Musdes"), new AcceptedAnswer("musdes")], q.AcceptedAnswers);
    }

    [Fact]
    public void Parse_ShortAnswerWithPartialWildcard_ReadsWeightsAndFeedback()
    {
        var q = ParseOne(GiftSamples.ShortAnswerWithWildcard);

        Assert.Equal(QuestionType.ShortAnswer, q.Type);
        Assert.Equal(4, q.AcceptedAnswers.Count);
        Assert.Equal(new AcceptedAnswer("Rencana Kerja*", 50, "Hampir: lengkapnya Rencana Kerja Pemerintah Desa."), q.AcceptedAnswers[3]);
    }

    [Fact]
    public void Parse_Matching_ReadsPairsInOrder()
    {
        var q = ParseOne(GiftSamples.Matching);

        Assert.Equal(QuestionType.Matching, q.Type);
        Assert.Equal(
            [
                new MatchingPair("RKPDes", "Kaur Perencanaan"),
                new MatchingPair("Buku kas umum", "Kaur Keuangan"),
                new MatchingPair("Berita acara Musdes", "Sekretaris Desa"),
            ],
            q.MatchingPairs);
    }

    [Fact]
    public void Parse_MatchingWithEmptyLeftSide_IsADistractor()
    {
        var q = ParseOne("Jodohkan. {=APBDes -> Perdes =Perkades penjabaran -> Perkades = -> Surat Edaran Camat}");

        Assert.True(q.MatchingPairs[2].IsDistractor);
        Assert.Equal("Surat Edaran Camat", q.MatchingPairs[2].Answer);
    }

    [Fact]
    public void Parse_NumericalWithTolerance_ReadsValueAndTolerance()
    {
        var a = Assert.Single(ParseOne(GiftSamples.NumericalTolerance).NumericalAnswers);

        Assert.Equal(NumericalAnswer.Around(85, 1), a);
        Assert.Equal(84, a.Minimum);
        Assert.Equal(86, a.Maximum);
    }

    [Fact]
    public void Parse_NumericalRange_RemembersItWasARange()
    {
        var a = Assert.Single(ParseOne(GiftSamples.NumericalRange).NumericalAnswers);

        Assert.True(a.IsRange);
        Assert.Equal(80, a.Minimum);
        Assert.Equal(90, a.Maximum);
    }

    [Fact]
    public void Parse_NumericalWithSeveralAnswers_ReadsWeightsFeedbackAndOtherwiseFeedback()
    {
        var q = ParseOne(GiftSamples.NumericalPartialCredit);

        Assert.Equal(QuestionType.Numerical, q.Type);
        Assert.Equal(
            [
                NumericalAnswer.Around(50, 0, 100, "Tepat! Defisit ditutup dengan pembiayaan, misalnya SiLPA."),
                NumericalAnswer.Around(50, 5, 50, "Hampir; hitung lagi selisih belanja dan pendapatan."),
            ],
            q.NumericalAnswers);
        Assert.Equal("Defisit adalah belanja dikurangi pendapatan.", q.FeedbackForOtherNumbers);
    }

    [Theory]
    [InlineData("{#2.5}", 2.5)]
    [InlineData("{#2,5}", 2.5)]
    [InlineData("{#-3}", -3)]
    public void Parse_NumericalNumberForms_AreRead(string block, decimal expected) =>
        Assert.Equal(expected, ParseOne("Berapa nilainya? " + block).NumericalAnswers[0].Value);

    [Fact]
    public void Parse_EmptyBlock_IsEssay()
    {
        var q = ParseOne(GiftSamples.Essay);

        Assert.Equal(QuestionType.Essay, q.Type);
        Assert.Equal("Ceritakan bagaimana Musdes RKPDes di desa Anda dilaksanakan tahun ini.", q.Text);
        Assert.Equal(1, q.DefaultMark);
    }

    [Fact]
    public void Parse_EssayWithGeneralFeedback_KeepsIt() =>
        Assert.Equal("Sebutkan waktu, peserta dan hasilnya.",
            ParseOne("Ceritakan Musdes terakhir. {####Sebutkan waktu, peserta dan hasilnya.}").GeneralFeedback);

    [Fact]
    public void Parse_NoAnswerBlock_IsDescriptionWorthNothing()
    {
        var q = ParseOne(GiftSamples.Description);

        Assert.Equal(QuestionType.Description, q.Type);
        Assert.Equal("Bagian B", q.Name);
        Assert.Equal("Soal-soal berikut membahas Musyawarah Desa (Musdes).", q.Text);
        Assert.Equal(0, q.DefaultMark);
        Assert.False(q.IsGradable);
    }

    [Fact]
    public void Parse_FourHashes_IsGeneralFeedback()
    {
        var q = ParseOne(GiftSamples.GeneralFeedback);

        Assert.Equal("Musdes diselenggarakan dan dipimpin oleh BPD, difasilitasi pemerintah desa.", q.GeneralFeedback);
        Assert.Equal(3, q.Choices.Count);
        Assert.Equal("Camat", q.Choices[2].Text);
    }

    [Fact]
    public void Parse_Escapes_BecomeTheCharactersAndNewlines()
    {
        var q = ParseOne(GiftSamples.Escapes);

        Assert.Equal("Kode: 5.1.1", q.Name);
        Assert.Equal("Kode rekening 5.1.1 : Belanja Pegawai.\nTulis kode dalam {kurung}, pakai ~ untuk kira-kira, = untuk sama dengan dan # untuk nomor.", q.Text);
        Assert.Equal(QuestionType.ShortAnswer, q.Type);
        Assert.Equal("5.1.1 # Belanja Pegawai", Assert.Single(q.AcceptedAnswers).Text);
    }

    [Fact]
    public void Parse_EscapedBackslash_IsOneBackslash() =>
        Assert.Equal(@"Folder C:\Siskeudes", ParseOne(@"Folder C\:\\Siskeudes {T}").Text);

    [Fact]
    public void Parse_MarkdownTag_SetsFormatAndLeavesItOutOfTheText()
    {
        var q = ParseOne(GiftSamples.Markdown);

        Assert.Equal(TextFormat.Markdown, q.TextFormat);
        Assert.Equal("Perhatikan **tabel SiLPA** berikut.", q.Text);
    }

    [Fact]
    public void Parse_HtmlTagWithEscapedEqualsAndColon_KeepsTheMarkup()
    {
        var q = ParseOne(GiftSamples.Html);

        Assert.Equal(TextFormat.Html, q.TextFormat);
        Assert.Equal("<p>Unduh Siskeudes dari <a href=\"https://bpkp.go.id\">BPKP</a>.</p>", q.Text);
    }

    [Theory]
    [InlineData("[plain]", TextFormat.Plain)]
    [InlineData("[moodle]", TextFormat.Moodle)]
    [InlineData("[HTML]", TextFormat.Html)]
    public void Parse_FormatTags_AreRecognised(string tag, TextFormat expected) =>
        Assert.Equal(expected, ParseOne(tag + "Siskeudes dipakai untuk menatausahakan keuangan desa. {T}").TextFormat);

    [Fact]
    public void Parse_UnknownTag_StaysInTheText() =>
        Assert.Equal("[catatan] Perdes APBDes dievaluasi camat.", ParseOne("[catatan] Perdes APBDes dievaluasi camat. {T}").Text);

    [Fact]
    public void Parse_CategoryLines_ApplyToTheQuestionsAfterThem()
    {
        var result = GiftParser.Parse(GiftSamples.PreTest);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(17, result.Questions.Count);
        Assert.Equal("$course$/Pre-test/APBDes", result.Questions[0].Category);
        Assert.Equal("$course$/Pre-test/APBDes", result.Questions[9].Category);
        Assert.Equal("$course$/Pre-test/Musdes", result.Questions[10].Category);
        Assert.Equal("$course$/Pre-test/Musdes", result.Questions[^1].Category);
    }

    [Fact]
    public void Parse_WholePreTest_ReadsEveryType()
    {
        var types = GiftParser.Parse(GiftSamples.PreTest).Questions.Select(q => q.Type).ToHashSet();

        Assert.Equal(Enum.GetValues<QuestionType>().ToHashSet(), types);
    }

    [Fact]
    public void Parse_CategoryWithoutBlankLineBeforeQuestion_StillReadsBoth()
    {
        var q = ParseOne("$CATEGORY: $course$/Post-test/Siskeudes\nSiskeudes dikembangkan BPKP. {T}");

        Assert.Equal("$course$/Post-test/Siskeudes", q.Category);
        Assert.Equal("Siskeudes dikembangkan BPKP.", q.Text);
    }

    [Fact]
    public void Parse_CommentLinesInsideAQuestion_AreIgnored()
    {
        var q = ParseOne("// soal nomor 1\nSiapa yang menetapkan APBDes?\n// jawaban di bawah\n{=Kepala Desa bersama BPD ~Camat}");

        Assert.Equal("Siapa yang menetapkan APBDes?", q.Text);
        Assert.Equal(2, q.Choices.Count);
    }

    [Fact]
    public void Parse_WindowsLineEndingsAndByteOrderMark_AreHandled()
    {
        var result = GiftParser.Parse("\uFEFF// ekspor Moodle\r\n\r\n::Q1:: Musdes dipimpin BPD. {T}\r\n\r\n::Q2:: Musdes dipimpin camat. {F}\r\n");

        Assert.True(result.IsValid);
        Assert.Equal(["Q1", "Q2"], result.Questions.Select(q => q.Name));
    }

    [Fact]
    public void Parse_EmptyFileOrOnlyComments_GivesNoQuestionsAndNoErrors()
    {
        Assert.Equal(new ParsedQuestions([], []), GiftParser.Parse(""));
        Assert.Equal(new ParsedQuestions([], []), GiftParser.Parse("// belum ada soal\n\n// nanti diisi\n"));
    }
}
