using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.Attempts;
using SmartVillage.Learning.Features.Assessments.Grading;
using SmartVillage.Learning.Features.Assessments.QuestionBank;
using SmartVillage.Learning.Features.Assessments.Quizzes;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>
/// Grading of every type on questions that came in as files (issue 16, "Proof"): a Moodle XML bank and the same bank
/// in GIFT are uploaded, put in a practice quiz, answered by an official (right, partly right, wrong) and submitted;
/// each answer earns what Moodle would give it. Random slots that ask for a tag draw only questions carrying it.
/// </summary>
public sealed class ImportedQuestionGradingTests(AttemptWorld world) : IClassFixture<AttemptWorld>
{
    private static readonly Actor Admin = Actor.Admin("admin-uji");

    private const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
          <question type="category"><category><text>$course$/top/Impor XML</text></category></question>
          <question type="multichoice"><name><text>X1 Penetap</text></name><questiontext format="html"><text><![CDATA[<p>Siapa menetapkan <b>APBDes</b>?</p>]]></text></questiontext>
            <single>true</single>
            <answer fraction="100"><text>Kepala Desa bersama BPD</text></answer><answer fraction="0"><text>Camat</text></answer><answer fraction="50"><text>Kepala Desa</text></answer></question>
          <question type="multichoice"><name><text>X2 Pendapatan</text></name><questiontext format="html"><text>Mana pendapatan desa?</text></questiontext>
            <single>false</single>
            <answer fraction="50"><text>Dana Desa</text></answer><answer fraction="50"><text>ADD</text></answer><answer fraction="-100"><text>Pinjaman</text></answer></question>
          <question type="truefalse"><name><text>X3 Camat</text></name><questiontext format="html"><text>Camat menetapkan APBDes.</text></questiontext>
            <answer fraction="0"><text>true</text></answer><answer fraction="100"><text>false</text></answer></question>
          <question type="shortanswer"><name><text>X4 Ibu kota</text></name><questiontext format="html"><text>Ibu kota Lampung?</text></questiontext>
            <usecase>0</usecase>
            <answer fraction="100"><text>Bandar Lampung</text></answer><answer fraction="0"><text>Metro</text><feedback><text>Kota lain.</text></feedback></answer><answer fraction="50"><text>Bandar*</text></answer></question>
          <question type="numerical"><name><text>X5 Persen</text></name><questiontext format="html"><text>850 dari 1.000 berapa persen?</text></questiontext>
            <answer fraction="100"><text>85</text><tolerance>1</tolerance></answer><answer fraction="50"><text>0.85</text><tolerance>0.01</tolerance></answer></question>
          <question type="matching"><name><text>X6 Dokumen</text></name><questiontext format="html"><text>Jodohkan.</text></questiontext>
            <subquestion><text>RKP Desa</text><answer><text>Kaur Perencanaan</text></answer></subquestion>
            <subquestion><text>Buku kas umum</text><answer><text>Kaur Keuangan</text></answer></subquestion>
            <subquestion><text></text><answer><text>Kepala Dusun</text></answer></subquestion></question>
          <question type="multichoice"><name><text>X7 Musdes</text></name><questiontext format="moodle_auto_format"><text>Musdes dipimpin oleh _____ bersama warga.</text></questiontext>
            <single>true</single>
            <answer fraction="0"><text>Camat</text></answer><answer fraction="100"><text>Ketua BPD</text></answer></question>
          <question type="essay"><name><text>X8 Kendala</text></name><questiontext format="html"><text>Ceritakan satu kendala.</text></questiontext></question>
          <question type="description"><name><text>X9 Kasus</text></name><questiontext format="html"><text>Bacalah kasus berikut.</text></questiontext><defaultgrade>0</defaultgrade></question>
        </quiz>
        """;

    private const string Gift = """
        $CATEGORY: $course$/Impor GIFT

        ::G1 Penetap::[html]<p>Siapa menetapkan <b>APBDes</b>?</p>{=Kepala Desa bersama BPD ~Camat ~%50%Kepala Desa}

        ::G2 Pendapatan::Mana pendapatan desa?{~%50%Dana Desa ~%50%ADD ~%-100%Pinjaman}

        ::G3 Camat::Camat menetapkan APBDes.{F}

        ::G4 Ibu kota::Ibu kota Lampung?{=Bandar Lampung =%0%Metro#Kota lain. =%50%Bandar*}

        ::G5 Persen::850 dari 1.000 berapa persen?{#=85:1 =%50%0.85:0.01}

        ::G6 Dokumen::Jodohkan.{=RKP Desa -> Kaur Perencanaan =Buku kas umum -> Kaur Keuangan = -> Kepala Dusun}

        ::G7 Musdes::Musdes dipimpin oleh {~Camat =Ketua BPD} bersama warga.

        ::G8 Kendala::Ceritakan satu kendala.{}

        ::G9 Kasus::Bacalah kasus berikut.
        """;

    /// <summary>Per question (by name suffix): the answer given and the share of the mark it must earn; null: waits for a trainer.</summary>
    private static readonly (string Name, Response? Answer, decimal? Fraction)[] Script =
    [
        ("1 Penetap", ChoiceResponse.One(2), 0.5m),
        ("2 Pendapatan", new ChoiceResponse([0, 2]), 0m),
        ("3 Camat", new TrueFalseResponse(false), 1m),
        ("4 Ibu kota", new TextResponse("metro"), 0m),
        ("5 Persen", new NumberResponse("85,6"), 1m),
        ("6 Dokumen", new MatchingResponse(new Dictionary<int, string> { [0] = "Kaur Perencanaan", [1] = "Kepala Dusun" }), 0.5m),
        ("7 Musdes", ChoiceResponse.One(1), 1m),
        ("8 Kendala", new TextResponse("Jaringan sering putus saat mengisi Siskeudes."), null),
    ];

    [Theory]
    [InlineData("bank.xml", "Impor XML")]
    [InlineData("bank.gift", "Impor GIFT")]
    public async Task ImportedBank_EveryType_IsGradedThroughAnOfficialsAttempt(string file, string category)
    {
        var courseId = await world.Database.QueryAsync(db => db.Courses.Where(c => c.Slug == AttemptWorld.CourseSlug).Select(c => c.Id).SingleAsync());
        var imported = await BankAsync(s => s.ImportAsync(Admin, courseId, file, Encoding.UTF8.GetBytes(file.EndsWith(".xml") ? Xml : Gift)));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var questionIds = await world.Database.QueryAsync(db => db.BankQuestions
            .Where(q => q.CourseId == courseId && q.Category!.Path == category).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync());
        Assert.Equal(9, questionIds.Count);

        var quizId = await QuizAsync(s => s.CreateAsync(Admin, courseId, $"Latihan {category}", QuizPurpose.Practice));
        foreach (var id in questionIds) await QuizAsync(async s => await s.AddQuestionAsync(Admin, courseId, quizId, await VersionAsync(quizId), id));
        await QuizAsync(async s => await s.PublishAsync(Admin, courseId, quizId, await VersionAsync(quizId)));

        var official = world.Officials[20];
        var service = world.Service();
        var attemptId = await service.StartOrResumeAsync(official, quizId);
        var view = await service.AttemptAsync(official, attemptId);
        foreach (var (name, answer, _) in Script)
        {
            var number = await NumberOfAsync(attemptId, name);
            if (answer is not null) await world.Service().SaveAnswerAsync(official, attemptId, number, answer);
        }
        await world.Service().SubmitAsync(official, attemptId);

        Assert.Equal(9, view.Questions.Count);
        foreach (var (name, _, fraction) in Script)
        {
            var number = await NumberOfAsync(attemptId, name);
            var graded = await world.Database.QueryAsync(db => db.AttemptQuestions.Where(q => q.AttemptId == attemptId && q.Number == number)
                .Select(q => new { q.Fraction, q.GradeStatus }).SingleAsync());
            Assert.True(fraction == graded.Fraction, $"{name}: expected {fraction}, got {graded.Fraction} ({graded.GradeStatus})");
        }
        Assert.Equal(GradeStatus.NeedsManualGrading, await world.Database.QueryAsync(db => db.AttemptQuestions
            .Where(q => q.AttemptId == attemptId && q.Name!.EndsWith("8 Kendala")).Select(q => q.GradeStatus).SingleAsync()));
    }

    [Fact]
    public async Task RandomSlotAskingForATag_DrawsOnlyQuestionsCarryingIt()
    {
        var courseId = await world.Database.QueryAsync(db => db.Courses.Where(c => c.Slug == AttemptWorld.CourseSlug).Select(c => c.Id).SingleAsync());
        var gift = new StringBuilder("$CATEGORY: $course$/Bertag\n\n");
        for (var i = 1; i <= 6; i++)
            gift.Append($"// [tag:{(i % 2 == 0 ? "sulit" : "mudah")}] [tag:apbdes]\n::T{i}::Pernyataan nomor {i} benar.{{T}}\n\n");
        var imported = await BankAsync(s => s.ImportAsync(Admin, courseId, "bertag.gift", Encoding.UTF8.GetBytes(gift.ToString())));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var categoryId = await world.Database.QueryAsync(db => db.QuestionCategories.Where(c => c.CourseId == courseId && c.Path == "Bertag").Select(c => c.Id).SingleAsync());

        var quizId = await QuizAsync(s => s.CreateAsync(Admin, courseId, "Latihan bertag", QuizPurpose.Practice));
        var tooMany = await Assert.ThrowsAsync<Domain.DomainException>(async () =>
            await QuizAsync(async s => await s.AddRandomAsync(Admin, courseId, quizId, await VersionAsync(quizId), categoryId, 4, ["SULIT", "apbdes"])));
        await QuizAsync(async s => await s.AddRandomAsync(Admin, courseId, quizId, await VersionAsync(quizId), categoryId, 3, ["SULIT", "apbdes"]));
        await QuizAsync(async s => await s.PublishAsync(Admin, courseId, quizId, await VersionAsync(quizId)));
        var tags = await QuizAsync(s => s.TagsOfCategoryAsync(Admin, courseId, categoryId));

        var attemptId = await world.Service().StartOrResumeAsync(world.Officials[21], quizId);

        Assert.Contains("hanya berisi 3 soal bertag SULIT, apbdes", tooMany.Message);
        Assert.Equal(["apbdes", "mudah", "sulit"], tags);
        var drawn = await world.Database.QueryAsync(db => db.AttemptQuestions.Where(q => q.AttemptId == attemptId).Select(q => q.Name!).ToListAsync());
        Assert.Equal(["T2", "T4", "T6"], drawn.Order());
    }

    [Fact]
    public async Task EmbeddedImage_IsServedToTheCoursesTrainersAndToOfficialsWhoseAttemptHoldsIt_AndToNoOneElse()
    {
        var courseId = await world.Database.QueryAsync(db => db.Courses.Where(c => c.Slug == AttemptWorld.CourseSlug).Select(c => c.Id).SingleAsync());
        var png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="category"><category><text>$course$/top/Bergambar</text></category></question>
              <question type="truefalse"><name><text>Peta</text></name>
                <questiontext format="html"><text><![CDATA[<p>Pekon ini di pesisir. <img src="@@PLUGINFILE@@/peta.png"></p>]]></text><file name="peta.png" path="/" encoding="base64">{png}</file><file name="catatan.svg" path="/" encoding="base64">PHN2Zy8+</file></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
              </question>
            </quiz>
            """;
        var imported = await BankAsync(s => s.ImportAsync(Admin, courseId, "peta.xml", Encoding.UTF8.GetBytes(xml)));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var questionId = await world.Database.QueryAsync(db => db.BankQuestions.Where(q => q.CourseId == courseId && q.Name == "Peta").Select(q => q.Id).SingleAsync());
        var quizId = await QuizAsync(s => s.CreateAsync(Admin, courseId, "Latihan bergambar", QuizPurpose.Practice));
        await QuizAsync(async s => await s.AddQuestionAsync(Admin, courseId, quizId, await VersionAsync(quizId), questionId));
        await QuizAsync(async s => await s.PublishAsync(Admin, courseId, quizId, await VersionAsync(quizId)));
        var taker = world.Officials[22];
        await world.Service().StartOrResumeAsync(taker, quizId);
        var trainers = await world.Database.QueryAsync(db => db.Courses.Where(c => c.Id == courseId).SelectMany(c => c.Trainers.Select(t => t.UserId)).ToListAsync());
        var otherTrainer = await world.Database.QueryAsync(db => db.Users.Where(u => u.Email == "dewi@smartvillage.test").Select(u => u.Id).SingleAsync());
        Assert.DoesNotContain(otherTrainer, trainers);

        async Task<QuestionFileContent?> AsAsync(Actor asker, string name = "peta.png")
        {
            await using var scope = world.Database.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<QuestionFileService>().FileAsync(asker, questionId, name);
        }

        var forTaker = await AsAsync(Actor.Official(taker));
        var forTrainer = await AsAsync(Actor.Trainer(trainers[0]));
        var forAdmin = await AsAsync(Admin);
        var forOtherOfficial = await AsAsync(Actor.Official(world.Officials[23]));
        var forOtherTrainer = await AsAsync(Actor.Trainer(otherTrainer));
        var svg = await AsAsync(Admin, "catatan.svg");

        Assert.Equal(("image/png", true), (forTaker!.ContentType, forTaker.Inline));
        Assert.Equal(Convert.FromBase64String(png), forTaker.Content);
        Assert.NotNull(forTrainer);
        Assert.NotNull(forAdmin);
        Assert.Null(forOtherOfficial);
        Assert.Null(forOtherTrainer);
        // Not an image by its bytes: sent as a download, never rendered by the browser (an SVG can carry script).
        Assert.Equal(("application/octet-stream", false), (svg!.ContentType, svg.Inline));
    }

    private async Task<int> NumberOfAsync(long attemptId, string nameSuffix) =>
        await world.Database.QueryAsync(db => db.AttemptQuestions.Where(q => q.AttemptId == attemptId && q.Name!.EndsWith(nameSuffix)).Select(q => q.Number).SingleAsync());

    private Task<Guid> VersionAsync(int quizId) => world.Database.QueryAsync(db => db.Quizzes.Where(q => q.Id == quizId).Select(q => q.RowVersion).SingleAsync());

    private async Task<T> BankAsync<T>(Func<QuestionBankService, Task<T>> use)
    {
        await using var scope = world.Database.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<QuestionBankService>());
    }

    private async Task<T> QuizAsync<T>(Func<QuizService, Task<T>> use)
    {
        await using var scope = world.Database.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<QuizService>());
    }
}
