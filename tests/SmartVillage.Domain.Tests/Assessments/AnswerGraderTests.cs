using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public class AnswerGraderTests
{
    private static GradeResult Grade(Question question, Response? response) => AnswerGrader.Grade(question, response);

    // Single choice

    [Fact]
    public void Grade_SingleChoiceRightOption_IsFullMarkWithItsFeedback()
    {
        var result = Grade(SampleQuestions.SingleChoice(), ChoiceResponse.One(0));

        Assert.Equal(GradeStatus.Graded, result.Status);
        Assert.Equal(1, result.Fraction);
        Assert.True(result.IsFullyCorrect);
        Assert.Equal(["Benar, Kepala Desa adalah PKPKD."], result.Feedback);
    }

    [Theory]
    [InlineData(1, 0.25)]
    [InlineData(2, 0)]
    [InlineData(3, 0)] // -50% is clamped at 0
    public void Grade_SingleChoiceOtherOptions_EarnTheirWeight(int picked, double expected) =>
        Assert.Equal((decimal)expected, Grade(SampleQuestions.SingleChoice(), ChoiceResponse.One(picked)).Fraction);

    [Fact]
    public void Grade_SingleChoiceNothingPicked_IsZeroWithoutFeedback()
    {
        var result = Grade(SampleQuestions.SingleChoice(), ChoiceResponse.Many());

        Assert.Equal(0, result.Fraction);
        Assert.Empty(result.Feedback);
    }

    [Fact]
    public void Grade_SingleChoiceTwoPicked_IsACallerBug() =>
        Assert.Throws<ArgumentException>(() => Grade(SampleQuestions.SingleChoice(), ChoiceResponse.Many(0, 1)));

    [Fact]
    public void Grade_ChoiceThatDoesNotExist_IsACallerBug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Grade(SampleQuestions.SingleChoice(), ChoiceResponse.One(4)));

    [Fact]
    public void Grade_MissingWordRightOption_IsFullMark()
    {
        Assert.Equal(1, Grade(SampleQuestions.MissingWord(), ChoiceResponse.One(1)).Fraction);
        Assert.Equal(["BPS mengurus statistik."], Grade(SampleQuestions.MissingWord(), ChoiceResponse.One(0)).Feedback);
    }

    // Multiple answer

    [Fact]
    public void Grade_MultipleAnswerBothRight_IsFullMarkWithBothFeedbacks()
    {
        var result = Grade(SampleQuestions.MultipleAnswer(), ChoiceResponse.Many(1, 0));

        Assert.Equal(1, result.Fraction);
        Assert.Equal(["Ya, dari APBN.", "Ya, dari APBD kabupaten."], result.Feedback);
    }

    [Theory]
    [InlineData(new[] { 0 }, 0.5)]
    [InlineData(new[] { 0, 1, 3 }, 0.5)]      // 50 + 50 - 50
    [InlineData(new[] { 0, 3 }, 0)]           // 50 - 50
    [InlineData(new[] { 0, 2 }, 0)]           // 50 - 100 is clamped at 0
    [InlineData(new[] { 0, 1, 2, 3 }, 0)]     // ticking everything does not pay
    [InlineData(new[] { 0, 0, 1 }, 1)]        // a repeated index counts once
    public void Grade_MultipleAnswer_SumsWeightsWithinZeroAndOne(int[] picked, double expected) =>
        Assert.Equal((decimal)expected, Grade(SampleQuestions.MultipleAnswer(), ChoiceResponse.Many(picked)).Fraction);

    [Fact]
    public void Grade_MultipleAnswerAboveHundred_IsClampedAtOne()
    {
        var generous = Question.MultipleAnswer("Pilih.", [new Choice("a", 100), new Choice("b", 100), new Choice("c", -100)]);

        Assert.Equal(1, Grade(generous, ChoiceResponse.Many(0, 1)).Fraction);
    }

    // True/false

    [Fact]
    public void Grade_TrueFalseRight_IsFullMarkWithFeedbackForThatValue()
    {
        var result = Grade(SampleQuestions.TrueFalse(), new TrueFalseResponse(false));

        Assert.Equal(1, result.Fraction);
        Assert.Equal(["Benar, Dana Desa dari APBN."], result.Feedback);
    }

    [Fact]
    public void Grade_TrueFalseWrong_IsZeroWithFeedbackForThatValue()
    {
        var result = Grade(SampleQuestions.TrueFalse(), new TrueFalseResponse(true));

        Assert.Equal(0, result.Fraction);
        Assert.Equal(["Keliru: Dana Desa dari APBN."], result.Feedback);
    }

    // Short answer

    [Theory]
    [InlineData("RKPDes", 1)]
    [InlineData("rkpdes", 1)]
    [InlineData("  RKP   desa ", 1)]
    [InlineData("RENCANA KERJA PEMERINTAH DESA", 1)]
    [InlineData("Rencana Kerja Desa", 0.5)]         // matches "Rencana Kerja*" (50) and "*Desa" (20): the best counts
    [InlineData("Rencana Kerja Pembangunan", 0.5)]
    [InlineData("Rencana kerja", 0.5)]               // * also matches nothing
    [InlineData("Anggaran Desa", 0.2)]
    [InlineData("APBDes", 0)]
    [InlineData("", 0)]
    public void Grade_ShortAnswer_IsCaseInsensitiveTrimmedWithWildcardAndBestWeight(string typed, double expected) =>
        Assert.Equal((decimal)expected, Grade(SampleQuestions.ShortAnswer(), new TextResponse(typed)).Fraction);

    [Fact]
    public void Grade_ShortAnswerBestMatchListedLast_StillWins()
    {
        var question = Question.ShortAnswer("Singkatan musyawarah desa?", [new AcceptedAnswer("Mus*", 30, "Lengkapi."), new AcceptedAnswer("Musdes", 100, "Tepat.")]);

        var result = Grade(question, new TextResponse("musdes"));

        Assert.Equal(1, result.Fraction);
        Assert.Equal(["Tepat."], result.Feedback);
    }

    [Fact]
    public void Grade_ShortAnswerEscapedStar_IsALiteralStar()
    {
        var question = Question.ShortAnswer("Simbol perkalian di Siskeudes?", [new AcceptedAnswer(@"\*")]);

        Assert.Equal(1, Grade(question, new TextResponse("*")).Fraction);
        Assert.Equal(0, Grade(question, new TextResponse("x")).Fraction);
    }

    [Fact]
    public void Grade_ShortAnswerWithRegexCharacters_TreatsThemLiterally()
    {
        var question = Question.ShortAnswer("Kode rekening belanja pegawai?", [new AcceptedAnswer("5.1.1 (Belanja Pegawai)")]);

        Assert.Equal(1, Grade(question, new TextResponse("5.1.1 (belanja pegawai)")).Fraction);
        Assert.Equal(0, Grade(question, new TextResponse("5x1x1 (Belanja Pegawai)")).Fraction);
    }

    // Numerical

    [Theory]
    [InlineData("85", 1)]
    [InlineData("85,0", 1)]
    [InlineData("85.4", 0.8)]
    [InlineData("85,4", 0.8)]
    [InlineData(" 84,5 ", 0.8)]
    [InlineData("80", 0.25)]
    [InlineData("90", 0.25)]
    [InlineData("90,01", 0)]
    [InlineData("79.99", 0)]
    public void Grade_Numerical_AcceptsCommaOrDotAndUsesTheBestMatchingInterval(string typed, double expected) =>
        Assert.Equal((decimal)expected, Grade(SampleQuestions.Numerical(), new NumberResponse(typed)).Fraction);

    [Fact]
    public void Grade_NumericalOutsideEveryAnswer_ShowsTheOtherwiseFeedback() =>
        Assert.Equal(["Bagi realisasi dengan pagu, kalikan 100."], Grade(SampleQuestions.Numerical(), new NumberResponse("70")).Feedback);

    [Fact]
    public void Grade_NumericalMatch_ShowsThatAnswersFeedback() =>
        Assert.Equal(["Dekat; hitung tanpa pembulatan."], Grade(SampleQuestions.Numerical(), new NumberResponse("85,2")).Feedback);

    [Fact]
    public void Grade_NumericalRupiahWithThousandDots_IsRead()
    {
        var question = Question.Numerical("Defisit Rp 1,25 miliar dikurangi Rp 1,2 miliar, dalam rupiah?", [NumericalAnswer.Around(50_000_000)]);

        Assert.Equal(1, Grade(question, new NumberResponse("Rp 50.000.000")).Fraction);
        Assert.Equal(1, Grade(question, new NumberResponse("50000000")).Fraction);
        Assert.Equal(1, Grade(question, new NumberResponse("50.000.000,00")).Fraction);
    }

    [Fact]
    public void Grade_NumericalNotANumber_IsZeroAndSaysHowToWriteIt()
    {
        var result = Grade(SampleQuestions.Numerical(), new NumberResponse("delapan puluh lima"));

        Assert.Equal(0, result.Fraction);
        Assert.Equal(["\"delapan puluh lima\" bukan angka; tulis angka seperti 2,5 atau 1.500.000."], result.Feedback);
    }

    [Fact]
    public void Grade_NumericalNegativeRange_Works()
    {
        var question = Question.Numerical("Selisih kas (juta)?", [NumericalAnswer.Between(-5, -1)]);

        Assert.Equal(1, Grade(question, new NumberResponse("-2,5")).Fraction);
        Assert.Equal(0, Grade(question, new NumberResponse("2,5")).Fraction);
    }

    // Matching

    [Fact]
    public void Grade_MatchingAllRight_IsFullMark()
    {
        var response = new MatchingResponse(new Dictionary<int, string>
        {
            [0] = "Kaur Perencanaan", [1] = "Kaur Keuangan", [2] = "Kaur Keuangan", [3] = "Sekretaris Desa",
        });

        Assert.Equal(1, Grade(SampleQuestions.Matching(), response).Fraction);
    }

    [Fact]
    public void Grade_MatchingSomeRight_EachPairWeighsTheSame()
    {
        var response = new MatchingResponse(new Dictionary<int, string>
        {
            [0] = "Kaur Perencanaan", [1] = "Camat", [2] = "Kaur Keuangan",
        });

        Assert.Equal(0.5m, Grade(SampleQuestions.Matching(), response).Fraction);
    }

    [Fact]
    public void Grade_MatchingAnswerForTheDistractor_IsACallerBug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Grade(SampleQuestions.Matching(), new MatchingResponse(new Dictionary<int, string> { [4] = "Camat" })));

    // Essay, description, unanswered, wrong shapes

    [Fact]
    public void Grade_Essay_NeedsManualGradingWithoutFraction()
    {
        var result = Grade(SampleQuestions.Essay(), new TextResponse("Musdes dilaksanakan bulan Juli di balai pekon."));

        Assert.Equal(GradeStatus.NeedsManualGrading, result.Status);
        Assert.Null(result.Fraction);
        Assert.Null(result.MarkOutOf(10));
        Assert.Equal("Sebutkan waktu, peserta dan hasil kesepakatan.", result.GeneralFeedback);
    }

    [Fact]
    public void Grade_Description_IsNotGraded()
    {
        var result = Grade(SampleQuestions.Description(), null);

        Assert.Equal(GradeStatus.NotGraded, result.Status);
        Assert.Null(result.Fraction);
    }

    [Fact]
    public void Grade_EveryGradableTypeUnanswered_IsZero()
    {
        foreach (var question in SampleQuestions.All().Where(q => q.Type is not (QuestionType.Essay or QuestionType.Description)))
        {
            var result = Grade(question, null);
            Assert.Equal(GradeStatus.Graded, result.Status);
            Assert.Equal(0, result.Fraction);
        }
    }

    [Fact]
    public void Grade_ResponseOfTheWrongShape_IsACallerBug()
    {
        var error = Assert.Throws<ArgumentException>(() => Grade(SampleQuestions.Matching(), new TextResponse("Kaur Keuangan")));

        Assert.Contains("MatchingResponse", error.Message);
    }

    [Fact]
    public void Grade_GeneralFeedback_IsReturnedWithTheGrade()
    {
        var question = SampleQuestions.TrueFalse() with { GeneralFeedback = "Lihat PP 60/2014 tentang Dana Desa." };

        Assert.Equal("Lihat PP 60/2014 tentang Dana Desa.", Grade(question, new TrueFalseResponse(false)).GeneralFeedback);
    }

    [Fact]
    public void MarkOutOf_QuestionWorthTwo_ScalesTheFraction() =>
        Assert.Equal(0.5m, Grade(SampleQuestions.SingleChoice(), ChoiceResponse.One(1)).MarkOutOf(2));
}
