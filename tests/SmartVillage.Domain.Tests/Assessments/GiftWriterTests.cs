using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public class GiftWriterTests
{
    [Fact]
    public void Write_SingleChoice_LooksLikeAMoodleExport()
    {
        var question = Question.SingleChoice("Siapa yang memimpin Musdes?",
                [Choice.Correct("Ketua BPD", "Benar."), Choice.Wrong("Camat"), new Choice("Kepala Desa", 25)])
            with { Name = "Q1", Category = "$course$/Pre-test/Musdes", GeneralFeedback = "Musdes diselenggarakan BPD." };

        Assert.Equal("""
            $CATEGORY: $course$/Pre-test/Musdes

            ::Q1::Siapa yang memimpin Musdes?{
            	=Ketua BPD#Benar.
            	~Camat
            	~%25%Kepala Desa
            	####Musdes diselenggarakan BPD.
            }


            """, GiftWriter.Write([question]));
    }

    [Fact]
    public void Write_MissingWord_KeepsTheBlockInsideTheSentence() =>
        Assert.Equal("Siskeudes dikembangkan oleh {~BPS =BPKP} bersama Kemendagri.\n\n",
            GiftWriter.Write([Question.MissingWord("Siskeudes dikembangkan oleh ", [Choice.Wrong("BPS"), Choice.Correct("BPKP")], " bersama Kemendagri.")]));

    [Fact]
    public void Write_TrueFalse_PutsFeedbackWrongThenRight() =>
        Assert.Equal("Dana Desa dari APBD.{FALSE#Keliru.#Benar.}\n\n",
            GiftWriter.Write([Question.TrueFalse("Dana Desa dari APBD.", false, feedbackForTrue: "Keliru.", feedbackForFalse: "Benar.")]));

    [Fact]
    public void Write_Numerical_WritesRangesAndTolerancesAsAuthored() =>
        Assert.Equal("Berapa?{#\n\t=85:1\n\t=%50%80..90\n\t~#Hitung ulang.\n}\n\n",
            GiftWriter.Write([Question.Numerical("Berapa?", [NumericalAnswer.Around(85, 1), NumericalAnswer.Between(80, 90, 50)], "Hitung ulang.")]));

    [Fact]
    public void Write_ReservedCharacters_AreEscaped() =>
        Assert.Equal(@"Kode 5.1.1\: \{a\} \= b \~ c \# d \\ e\nf{}" + "\n\n",
            GiftWriter.Write([Question.Essay("Kode 5.1.1: {a} = b ~ c # d \\ e\nf")]));

    [Fact]
    public void Write_QuestionWithoutCategoryAfterOneWithCategory_ResetsTheCategory()
    {
        var gift = GiftWriter.Write([
            Question.Essay("Satu.") with { Category = "$course$/APBDes" },
            Question.Essay("Dua."),
        ]);

        Assert.Contains("$CATEGORY:\n\nDua.{}", gift);
        Assert.Null(GiftParser.Parse(gift).Questions[1].Category);
    }

    [Fact]
    public void Write_NoQuestions_IsEmpty() => Assert.Equal("", GiftWriter.Write([]));
}
