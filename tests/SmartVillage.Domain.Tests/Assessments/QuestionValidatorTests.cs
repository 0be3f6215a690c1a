using FluentValidation.Results;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public class QuestionValidatorTests
{
    private static ValidationResult Validate(Question question) => new QuestionValidator().Validate(question);

    private static string SingleMessage(Question question) => Assert.Single(Validate(question).Errors).ErrorMessage;

    [Fact]
    public void Validate_SampleOfEveryType_IsValid()
    {
        foreach (var question in SampleQuestions.All())
            Assert.True(Validate(question).IsValid, question.Type + ": " + string.Join("; ", Validate(question).Errors));
    }

    [Fact]
    public void Validate_EmptyText_SaysTextIsRequired() =>
        Assert.Equal("Teks soal wajib diisi.", SingleMessage(SampleQuestions.Essay() with { Text = " " }));

    [Fact]
    public void Validate_DescriptionWithAMark_SaysItIsNotGraded() =>
        Assert.Equal("Deskripsi tidak dinilai; nilainya harus 0.", SingleMessage(SampleQuestions.Description() with { DefaultMark = 1 }));

    [Fact]
    public void Validate_ZeroMark_IsRefused() =>
        Assert.Equal("Nilai soal harus lebih dari 0.", SingleMessage(SampleQuestions.Essay() with { DefaultMark = 0 }));

    [Fact]
    public void Validate_SingleChoiceWithoutCorrectAnswer_SaysSo() =>
        Assert.Equal("Soal pilihan ganda tidak punya jawaban benar: tandai satu jawaban dengan =.",
            SingleMessage(Question.SingleChoice("Siapa PKPKD?", [Choice.Wrong("Camat"), new Choice("Sekdes", 50)])));

    [Fact]
    public void Validate_SingleChoiceWithTwoCorrectAnswers_PointsToWeights() =>
        Assert.StartsWith("Soal pilihan ganda hanya boleh punya satu jawaban benar",
            SingleMessage(Question.SingleChoice("Siapa?", [Choice.Correct("Kades"), Choice.Correct("Sekdes")])));

    [Fact]
    public void Validate_MultipleAnswerWeightsNotHundred_SaysTheSum() =>
        Assert.Equal("Bobot jawaban benar harus berjumlah 100%, sekarang 80%.",
            SingleMessage(Question.MultipleAnswer("Pilih.", [new Choice("a", 40), new Choice("b", 40), new Choice("c", -100)])));

    [Fact]
    public void Validate_MultipleAnswerThirds_AreCloseEnoughToHundred() =>
        Assert.True(Validate(Question.MultipleAnswer("Pilih.",
            [new Choice("a", 33.33333m), new Choice("b", 33.33333m), new Choice("c", 33.33333m), new Choice("d", -100)])).IsValid);

    [Fact]
    public void Validate_MissingWordWithoutTextAfterBlank_SaysToUseSingleChoice() =>
        Assert.StartsWith("Soal melengkapi kalimat perlu teks sesudah titik-titik",
            SingleMessage(SampleQuestions.MissingWord() with { TextAfterBlank = " " }));

    [Fact]
    public void Validate_SingleChoiceWithTextAfterBlank_SaysItIsAMissingWord() =>
        Assert.Equal("Pilihan ganda di tengah kalimat adalah soal melengkapi kalimat (MissingWord).",
            SingleMessage(SampleQuestions.SingleChoice() with { TextAfterBlank = " dan seterusnya." }));

    [Fact]
    public void Validate_PartsOfAnotherType_AreRefused() =>
        Assert.Equal("Soal benar/salah hanya boleh berisi bagian jawaban untuk jenisnya sendiri.",
            SingleMessage(SampleQuestions.TrueFalse() with { Choices = [Choice.Correct("Ya")] }));

    [Fact]
    public void Validate_TrueFalseWithoutKey_IsRefused() =>
        Assert.Equal("Soal benar/salah perlu kunci jawaban (T atau F).", SingleMessage(SampleQuestions.TrueFalse() with { TrueFalseAnswer = null }));

    [Fact]
    public void Validate_ShortAnswerWithArrow_IsRefusedBecauseGiftWouldReadMatching() =>
        Assert.Equal("Jawaban \"RKP -> RKPDes\" tidak boleh memuat \"->\" (tanda soal menjodohkan).",
            SingleMessage(Question.ShortAnswer("Apa?", [new AcceptedAnswer("RKPDes"), new AcceptedAnswer("RKP -> RKPDes", 50)])));

    [Fact]
    public void Validate_NegativeWeightOnShortAnswer_IsRefused() =>
        Assert.Equal("Bobot jawaban \"Camat\" (-50%) harus antara 0% dan 100%.",
            SingleMessage(Question.ShortAnswer("Siapa?", [new AcceptedAnswer("BPD"), new AcceptedAnswer("Camat", -50)])));

    [Fact]
    public void Validate_NumericalNegativeTolerance_IsRefused() =>
        Assert.Equal("Toleransi -1 tidak boleh negatif.", SingleMessage(Question.Numerical("Berapa?", [NumericalAnswer.Around(5, -1)])));

    [Fact]
    public void Validate_NumericalWithoutFullMarkAnswer_IsRefused() =>
        Assert.Equal("Salah satu jawaban numerik harus bernilai 100%.", SingleMessage(Question.Numerical("Berapa?", [NumericalAnswer.Around(5, 1, 50)])));

    [Fact]
    public void Validate_MatchingWithOnePairAndADistractor_NeedsTwoPairs() =>
        Assert.Equal("Soal menjodohkan perlu paling sedikit 2 pasangan.",
            SingleMessage(Question.Matching("Jodohkan.", [new MatchingPair("RKPDes", "Kaur Perencanaan"), new MatchingPair("", "Camat")])));

    [Fact]
    public void Validate_MatchingPairWithoutAnswer_NamesIt() =>
        Assert.Equal("Pasangan \"APBDes\" belum punya jawaban.",
            SingleMessage(Question.Matching("Jodohkan.", [new MatchingPair("RKPDes", "Kaur Perencanaan"), new MatchingPair("APBDes", " ")])));

    [Fact]
    public void Validate_NameTooLong_SaysTheLimit() =>
        Assert.Equal("Nama soal paling panjang 255 karakter.", SingleMessage(SampleQuestions.Essay() with { Name = new string('a', 256) }));
}
