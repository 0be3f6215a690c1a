using System.Text;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments.MoodleFormats;

/// <summary>
/// Moodle XML as Moodle writes and reads it (question/format/xml: its format.php, fixtures and tests), in our own words
/// and data: each of the nine types, categories, text formats, feedback, tags, ID numbers, penalty, mark, embedded files,
/// what is refused (with its line), and that nothing outside the file is ever read.
/// </summary>
public sealed class MoodleXmlConformanceTests
{
    private static string Quiz(string questions) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
        {questions}
        </quiz>
        """;

    private static Question One(string question)
    {
        var result = MoodleXmlReader.Read(Quiz(question));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return Assert.Single(result.Questions);
    }

    private static ParsedQuestions Read(string questions) => MoodleXmlReader.Read(Quiz(questions));

    /// <summary>The 1-based line of the file where <paramref name="text"/> first appears.</summary>
    private static int LineOf(string file, string text) => file[..file.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static string Header(string type, string name, string text, string format = "html", string extra = "") => $"""
          <question type="{type}">
            <name><text>{name}</text></name>
            <questiontext format="{format}"><text><![CDATA[{text}]]></text></questiontext>
            <generalfeedback format="{format}"><text></text></generalfeedback>
            <defaultgrade>1.0000000</defaultgrade>
            <penalty>0.3333333</penalty>
            <hidden>0</hidden>
            <idnumber></idnumber>
            {extra}
        """;

    [Fact]
    public void Multichoice_Single_WithFeedbackPerAnswerAndPartialCredit()
    {
        var q = One(Header("multichoice", "Penetap APBDes", "<p>Siapa yang <b>menetapkan</b> APBDes?</p>") + """
                <single>true</single><shuffleanswers>true</shuffleanswers><answernumbering>abc</answernumbering>
                <answer fraction="100" format="html"><text>Kepala Desa bersama BPD</text><feedback format="html"><text>Benar.</text></feedback></answer>
                <answer fraction="0" format="html"><text>Camat</text><feedback format="html"><text>Camat mengevaluasi.</text></feedback></answer>
                <answer fraction="33.33333" format="html"><text>Kepala Desa</text><feedback format="html"><text></text></feedback></answer>
              </question>
            """);

        Assert.Equal(QuestionType.SingleChoice, q.Type);
        Assert.Equal(TextFormat.Html, q.TextFormat);
        Assert.Equal("Penetap APBDes", q.Name);
        Assert.Equal([Choice.Correct("Kepala Desa bersama BPD", "Benar."), Choice.Wrong("Camat", "Camat mengevaluasi."), new Choice("Kepala Desa", 33.33333m)], q.Choices);
    }

    [Fact]
    public void Multichoice_NotSingle_IsMultipleAnswerWithNegativeWeights()
    {
        var q = One(Header("multichoice", "Pendapatan", "Mana pendapatan desa?") + """
                <single>false</single>
                <answer fraction="50"><text>Dana Desa</text></answer>
                <answer fraction="50"><text>ADD</text></answer>
                <answer fraction="-100"><text>Pinjaman bank</text><feedback><text>Bukan pendapatan.</text></feedback></answer>
                <answer fraction="0"><text></text></answer>
              </question>
            """);

        Assert.Equal(QuestionType.MultipleAnswer, q.Type);
        Assert.Equal([50m, 50m, -100m], q.Choices.Select(c => c.Weight));
        Assert.Equal("Bukan pendapatan.", q.Choices[2].Feedback);
    }

    [Fact]
    public void MissingWord_AsMoodleStoresIt_IsASingleMultichoiceWithTheBlankInItsText()
    {
        var q = One(Header("multichoice", "Ibu kota", "_____ adalah ibu kota Provinsi Lampung.", "moodle_auto_format") + """
                <single>true</single>
                <answer fraction="0"><text>Metro</text></answer>
                <answer fraction="100"><text>Bandar Lampung</text></answer>
              </question>
            """);

        Assert.Equal(QuestionType.MissingWord, q.Type);
        Assert.Equal(("", " adalah ibu kota Provinsi Lampung."), (q.Text, q.TextAfterBlank));
        Assert.Equal(1, AnswerGrader.Grade(q, ChoiceResponse.One(1)).Fraction);
    }

    [Fact]
    public void TrueFalse_FeedbackStaysWithTheValuePicked()
    {
        var q = One((Header("truefalse", "Camat", "Camat menetapkan APBDes.") + """
                <answer fraction="0" format="moodle_auto_format"><text>true</text><feedback format="html"><text>Camat hanya mengevaluasi.</text></feedback></answer>
                <answer fraction="100" format="moodle_auto_format"><text>false</text><feedback format="html"><text>Benar.</text></feedback></answer>
              </question>
            """).Replace("<penalty>0.3333333</penalty>", "<penalty>1.0000000</penalty>"));

        Assert.Equal(new TrueFalseAnswer(false, "Camat hanya mengevaluasi.", "Benar."), q.TrueFalseAnswer);
        Assert.Equal(1, q.Penalty);
    }

    [Fact]
    public void TrueFalse_OldFileWithWordsInAnotherLanguage_TakesTrueFirst() =>
        Assert.True(One(Header("truefalse", "Lama", "Perdes ditetapkan kepala desa.") + """
                <answer fraction="100"><text>Benar</text></answer>
                <answer fraction="0"><text>Salah</text></answer>
              </question>
            """).TrueFalseAnswer!.Correct);

    [Fact]
    public void ShortAnswer_UseCaseAndZeroPercentCatchAll()
    {
        var q = One(Header("shortanswer", "Singkatan", "Musyawarah desa disingkat?") + """
                <usecase>1</usecase>
                <answer fraction="100" format="moodle_auto_format"><text>Musdes</text><feedback><text>Tepat.</text></feedback></answer>
                <answer fraction="0" format="moodle_auto_format"><text>*</text><feedback><text>Belum tepat.</text></feedback></answer>
              </question>
            """);

        Assert.True(q.CaseSensitive);
        Assert.Equal([new AcceptedAnswer("Musdes", 100, "Tepat."), new AcceptedAnswer("*", 0, "Belum tepat.")], q.AcceptedAnswers);
        Assert.Equal(0, AnswerGrader.Grade(q, new TextResponse("musdes")).Fraction);
        Assert.Equal(1, AnswerGrader.Grade(q, new TextResponse("Musdes")).Fraction);
    }

    [Fact]
    public void Numerical_ToleranceOtherNumbersFeedbackAndUnitsIgnored()
    {
        var q = One(Header("numerical", "Persen", "Realisasi 850 dari 1.000. Berapa persen?") + """
                <answer fraction="100" format="moodle_auto_format"><text>85</text><feedback><text>Tepat.</text></feedback><tolerance>1</tolerance></answer>
                <answer fraction="50"><text>0.85</text><tolerance>0.01</tolerance></answer>
                <answer fraction="0"><text>*</text><feedback><text>Bagi realisasi dengan pagu.</text></feedback><tolerance>0</tolerance></answer>
                <units><unit><multiplier>1</multiplier><unit_name>%</unit_name></unit></units>
                <unitgradingtype>0</unitgradingtype><unitpenalty>0.1000000</unitpenalty><showunits>3</showunits><unitsleft>0</unitsleft>
              </question>
            """);

        Assert.Equal([NumericalAnswer.Around(85, 1, 100, "Tepat."), NumericalAnswer.Around(0.85m, 0.01m, 50)], q.NumericalAnswers);
        Assert.Equal("Bagi realisasi dengan pagu.", q.FeedbackForOtherNumbers);
    }

    [Fact]
    public void Numerical_AnyNumberGivingMarks_IsRefusedAtItsAnswerLine()
    {
        var file = Quiz(Header("numerical", "Apa saja", "Sebut angka.") + """
                <answer fraction="100"><text>*</text></answer>
              </question>
            """);

        var result = MoodleXmlReader.Read(file);

        Assert.Contains("\"*\"", Assert.Single(result.Errors).Message);
        Assert.Equal(LineOf(file, "<answer fraction=\"100\">"), result.Errors[0].Line);
    }

    [Fact]
    public void Matching_SubquestionsWithAnswersAndADistractor()
    {
        var q = One(Header("matching", "Dokumen", "Jodohkan dokumen dengan penyiapnya.") + """
                <shuffleanswers>true</shuffleanswers>
                <subquestion format="html"><text>RKP Desa</text><answer><text>Kaur Perencanaan</text></answer></subquestion>
                <subquestion format="html"><text>Buku kas umum</text><answer><text>Kaur Keuangan</text></answer></subquestion>
                <subquestion format="html"><text></text><answer><text>Kepala Dusun</text></answer></subquestion>
                <subquestion format="html"><text></text><answer><text></text></answer></subquestion>
              </question>
            """);

        Assert.Equal([new MatchingPair("RKP Desa", "Kaur Perencanaan"), new MatchingPair("Buku kas umum", "Kaur Keuangan"), new MatchingPair("", "Kepala Dusun")], q.MatchingPairs);
    }

    [Fact]
    public void EssayAndDescription_DescriptionWorthNothing()
    {
        var result = Read(
            Header("essay", "Kendala", "Ceritakan satu kendala.") + "<responseformat>editor</responseformat><responsefieldlines>15</responsefieldlines></question>"
            + Header("description", "Kasus", "Pekon Sukamaju menunda Musdes.").Replace("<defaultgrade>1.0000000</defaultgrade>", "<defaultgrade>0</defaultgrade>") + "</question>");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal([QuestionType.Essay, QuestionType.Description], result.Questions.Select(q => q.Type));
        Assert.Equal([1m, 0m], result.Questions.Select(q => q.DefaultMark));
    }

    [Theory]
    [InlineData("$course$/top/Pre-test", "$course$/Pre-test")]
    [InlineData("$module$/Alpha", "$course$/Alpha")]
    [InlineData("$course$/Pre-test/Bab//Lampiran", "$course$/Pre-test/Bab//Lampiran")]
    [InlineData("$course$/top", null)]
    public void Category_AppliesToTheQuestionsAfterIt(string path, string? expected)
    {
        var result = Read($"""
              <question type="category"><category><text>{path}</text></category><info format="moodle_auto_format"><text>Info</text></info><idnumber>kat-1</idnumber></question>
            """ + Header("essay", "E", "Jelaskan.") + "</question>");

        Assert.Equal(expected, Assert.Single(result.Questions).Category);
    }

    [Theory]
    [InlineData("moodle_auto_format", TextFormat.Moodle)]
    [InlineData("html", TextFormat.Html)]
    [InlineData("plain_text", TextFormat.Plain)]
    [InlineData("markdown", TextFormat.Markdown)]
    [InlineData("wiki_like", TextFormat.Moodle)]
    [InlineData("sesuatu", TextFormat.Html)]
    public void TextFormats_AsMoodleNamesThem(string name, TextFormat expected) =>
        Assert.Equal(expected, One(Header("essay", "E", "Jelaskan.", name) + "</question>").TextFormat);

    [Fact]
    public void TextFormat_Missing_IsHtml() =>
        Assert.Equal(TextFormat.Html, One("""<question type="essay"><name><text>E</text></name><questiontext><text>Jelaskan.</text></questiontext></question>""").TextFormat);

    [Fact]
    public void TagsIdNumberPenaltyMarkAndGeneralFeedback()
    {
        var q = One("""
              <question type="essay">
                <name><text>Kendala</text></name>
                <questiontext format="html"><text>Ceritakan.</text></questiontext>
                <generalfeedback format="html"><text>Sebut langkah nyata.</text></generalfeedback>
                <defaultgrade>5.0000000</defaultgrade>
                <penalty>0.33</penalty>
                <idnumber>apb-esai-1</idnumber>
                <tags><tag><text>apbdes</text></tag><tag><text> refleksi </text></tag><tag><text>APBDES</text></tag></tags>
              </question>
            """);

        Assert.Equal((5m, Question.StandardPenalty, "apb-esai-1", "Sebut langkah nyata."), (q.DefaultMark, q.Penalty, q.IdNumber, q.GeneralFeedback));
        Assert.Equal(["apbdes", "refleksi"], q.Tags);
    }

    [Fact]
    public void EmbeddedFiles_FromEveryTextAreKeptWithTheQuestion()
    {
        var png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        var q = One(Header("multichoice", "Peta", "<p>Lihat peta: <img src=\"@@PLUGINFILE@@/peta%20desa.png\"></p>").Replace(
                "<![CDATA[<p>Lihat peta: <img src=\"@@PLUGINFILE@@/peta%20desa.png\"></p>]]></text>",
                $"<![CDATA[<p>Lihat peta: <img src=\"@@PLUGINFILE@@/peta%20desa.png\"></p>]]></text><file name=\"peta desa.png\" path=\"/\" encoding=\"base64\">{png}</file>") + $"""
                <single>true</single>
                <answer fraction="100"><text>Utara</text><feedback><text><![CDATA[<img src="@@PLUGINFILE@@/arah.gif">]]></text><file name="arah.gif" path="/" encoding="base64">R0lGODlh</file></feedback></answer>
                <answer fraction="0"><text>Selatan</text></answer>
              </question>
            """);

        Assert.Equal(["arah.gif", "peta desa.png"], q.Files.Select(f => f.Name));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 1, 2, 3], q.Files[1].Content);
        Assert.True(q.Files[1].IsReferencedBy(q.Text));
    }

    [Fact]
    public void EmbeddedFiles_TwoDifferentUnderOneName_AreRefusedAtTheSecond()
    {
        var result = Read(Header("multichoice", "M", "Teks").Replace("]]></text></questiontext>", "]]></text><file name=\"a.png\" encoding=\"base64\">AQI=</file></questiontext>") + """
                <answer fraction="100"><text>Ya</text><feedback><text></text><file name="a.png" encoding="base64">AwQ=</file></feedback></answer>
                <answer fraction="0"><text>Tidak</text></answer>
              </question>
            """);

        Assert.Contains("a.png", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("multianswer", "Cloze")]
    [InlineData("cloze", "Cloze")]
    [InlineData("gapselect", "gapselect")]
    [InlineData("calculated", "calculated")]
    [InlineData("ddwtos", "ddwtos")]
    public void TypesOutOfScope_AreRefusedByNameAtTheirLine_AndNothingIsImported(string type, string named)
    {
        var file = Quiz(Header("essay", "Baik", "Jelaskan.") + "</question>\n" + Header(type, "Tidak didukung", "Teks {1:SHORTANSWER:=a}") + "</question>");

        var result = MoodleXmlReader.Read(file);

        var error = Assert.Single(result.Errors);
        Assert.Contains(named, error.Message);
        Assert.Equal(LineOf(file, $"<question type=\"{type}\">"), error.Line);
        Assert.Empty(result.Questions);
    }

    [Fact]
    public void BrokenXml_IsReportedWithItsLine()
    {
        var result = MoodleXmlReader.Read("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n<question type=\"essay\">\n<name><text>A & B</text></name>\n</question>\n</quiz>");

        Assert.Equal(4, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void Dtd_EntityExpansionAttack_IsRefusedWithoutExpandingAnything()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <quiz><question type="essay"><name><text>&lol3;</text></name><questiontext><text>x</text></questiontext></question></quiz>
            """;

        var result = MoodleXmlReader.Read(laughs);

        Assert.Contains("DTD", Assert.Single(result.Errors).Message);
        Assert.Empty(result.Questions);
    }

    [Fact]
    public void ExternalEntity_IsNeverFetched()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "RAHASIA");
        try
        {
            var result = MoodleXmlReader.Read($"""
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file://{secret}">]>
                <quiz><question type="essay"><name><text>&xxe;</text></name><questiontext><text>x</text></questiontext></question></quiz>
                """);

            Assert.False(result.IsValid);
            Assert.DoesNotContain(result.Errors, e => e.Message.Contains("RAHASIA"));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void EncodingOtherThanUtf8_IsRefused()
    {
        var result = MoodleXmlReader.Read("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><quiz></quiz>");

        Assert.Contains("UTF-8", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void BytesNotInUtf8_AreRefusedAtTheirLine()
    {
        byte[] latin1 = [.. Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"essay\"><name><text>Caf"), 0xE9, .. "</text></name></question></quiz>"u8];

        var (format, parsed) = QuestionFileText.Parse("bank.xml", latin1);

        Assert.Equal(QuestionFileFormat.MoodleXml, format);
        Assert.Equal(3, Assert.Single(parsed.Errors).Line);
    }

    [Theory]
    [InlineData("bank.xml", "<quiz/>", QuestionFileFormat.MoodleXml)]
    [InlineData("bank.txt", "\uFEFF  <?xml version=\"1.0\"?><quiz/>", QuestionFileFormat.MoodleXml)]
    [InlineData("bank", "<quiz></quiz>", QuestionFileFormat.MoodleXml)]
    [InlineData("bank.gift", "::Q::Teks.{T}", QuestionFileFormat.Gift)]
    [InlineData("bank.txt", "[html]<p>Teks</p>{T}", QuestionFileFormat.Gift)]
    public void Format_ByContentFirst_ThenByExtension(string name, string content, QuestionFileFormat expected) =>
        Assert.Equal(expected, QuestionFileText.Detect(name, Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void Writer_LaysOutQuestionsAsMoodleExportsThem()
    {
        var q = Question.MissingWord("", [Choice.Wrong("Metro"), Choice.Correct("Bandar Lampung")], " adalah ibu kota.") with
        {
            Name = "Ibu kota",
            Category = "$course$/Pre-test",
            IdNumber = "ik-1",
            Tags = ["geografi"],
            TextFormat = TextFormat.Html,
            Files = [new QuestionFile("peta.png", [1, 2])],
        };

        var xml = MoodleXmlWriter.Write([q]);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>", xml);
        Assert.Contains("<category>\n      <text>$course$/top/Pre-test</text>", xml);
        Assert.Contains("<question type=\"multichoice\">", xml);
        Assert.Contains("<questiontext format=\"html\">\n      <text>_____ adalah ibu kota.</text>\n      <file name=\"peta.png\" path=\"/\" encoding=\"base64\">AQI=</file>", xml);
        Assert.Contains("<single>true</single>", xml);
        Assert.Contains("<answer fraction=\"100\" format=\"html\">\n      <text>Bandar Lampung</text>", xml);
        Assert.Contains("<idnumber>ik-1</idnumber>", xml);
        Assert.Contains("<tags>\n      <tag>\n        <text>geografi</text>", xml);
        Assert.Equal(q, Assert.Single(MoodleXmlReader.Read(xml).Questions));
    }

    [Fact]
    public void Writer_UnnamedQuestion_GetsMoodlesDefaultName_WhichReadsBackAsUnnamed()
    {
        var q = Question.Essay("Ceritakan satu kendala penyusunan APBDes.");

        var xml = MoodleXmlWriter.Write([q]);

        Assert.Contains("<name>\n      <text>Ceritakan satu kendala penyusunan APBDes.</text>", xml);
        Assert.Null(Assert.Single(MoodleXmlReader.Read(xml).Questions).Name);
    }
}
