using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Tests.Features.Authoring;

public class AuthoringServiceTests(AuthoringDatabaseFixture fixture) : IClassFixture<AuthoringDatabaseFixture>
{
    private Actor Hendra => fixture.Hendra;
    private Actor Dewi => fixture.Dewi;

    private sealed record Setup(int CourseId, int ModuleId, int LessonId, Guid RowVersion);

    /// <summary>A course of Pak Hendra's with one module and one lesson.</summary>
    private Task<Setup> HendrasCourseAsync(string title = "Rencana Kerja Pekon") =>
        fixture.WithServiceAsync(async s =>
        {
            var id = await s.CreateCourseAsync(CourseFormBuilder.New(title), Hendra);
            var lesson = await s.AddLessonAsync(id, CourseFormBuilder.Lesson("Mengapa rencana kerja"), Hendra);
            var view = (await s.CourseAsync(id, Hendra))!;
            return new Setup(id, view.Modules[0].Id, lesson, view.Details.RowVersion);
        });

    private Task<CourseEditorView> ViewAsync(int courseId, Actor? who = null) =>
        fixture.WithServiceAsync(async s => (await s.CourseAsync(courseId, who ?? Hendra))!);

    [Fact]
    public async Task CreateCourse_ByTrainer_MakesThemOwnerOfADraftInTheirList()
    {
        var form = CourseFormBuilder.New("Monitoring Dana Desa");

        var id = await fixture.WithServiceAsync(s => s.CreateCourseAsync(form, Hendra));

        var mine = await fixture.WithServiceAsync(s => s.MyCoursesAsync(Hendra));
        var row = Assert.Single(mine, c => c.Id == id);
        Assert.Equal(CourseStatus.Draft, row.Status);
        Assert.True(row.IsOwner);
        Assert.Equal(0, row.Lessons);
        Assert.DoesNotContain(await fixture.WithServiceAsync(s => s.MyCoursesAsync(Dewi)), c => c.Id == id);
        var view = await ViewAsync(id);
        Assert.Equal(["MP-1", "MP-2"], view.Details.CompetencyCodes);
        Assert.Equal(form.Slug, view.Slug);
        Assert.True(Assert.Single(view.Trainers).IsOwner);
    }

    [Fact]
    public async Task CreateCourse_SlugAlreadyUsed_RefusedInIndonesian()
    {
        var form = CourseFormBuilder.New();
        await fixture.WithServiceAsync(s => s.CreateCourseAsync(form, Hendra));

        var again = CourseFormBuilder.New("Judul lain");
        again.Slug = form.Slug;
        var e = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => s.CreateCourseAsync(again, Dewi)));

        Assert.Contains("sudah dipakai kursus lain", e.Message);
    }

    [Fact]
    public async Task CreateCourse_InvalidForm_RefusedWithTheValidatorsMessage()
    {
        var form = CourseFormBuilder.New();
        form.Title = "";
        form.Slug = "Bukan Alamat";

        var e = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => s.CreateCourseAsync(form, Hendra)));

        Assert.Contains("Judul kursus wajib diisi.", e.Message);
        Assert.Contains("huruf kecil", e.Message);
    }

    [Fact]
    public async Task Owner_EditsDetailsLessonsAndOrder()
    {
        var c = await HendrasCourseAsync();
        await fixture.WithServiceAsync(async s =>
        {
            var form = (await s.CourseAsync(c.CourseId, Hendra))!.Details;
            form.Title = "Rencana Kerja Pekon 2026";
            await s.UpdateDetailsAsync(c.CourseId, form, Hendra);
            var second = await s.AddLessonAsync(c.CourseId, CourseFormBuilder.Lesson("Menyusun jadwal"), Hendra);
            await s.MoveLessonAsync(c.CourseId, second, -1, Hendra);
            await s.EditLessonAsync(c.CourseId, c.LessonId, CourseFormBuilder.Lesson("Mengapa rencana kerja penting", "## Baru", 15, c.ModuleId), Hendra);
        });

        var view = await ViewAsync(c.CourseId);
        Assert.Equal("Rencana Kerja Pekon 2026", view.Details.Title);
        Assert.Equal(["Menyusun jadwal", "Mengapa rencana kerja penting"], view.LessonsInOrder.Select(l => l.Title));
        var lesson = await fixture.WithServiceAsync(s => s.LessonAsync(c.CourseId, c.LessonId, Hendra));
        Assert.Equal("## Baru", lesson!.Form.Markdown);
        Assert.Equal(15, lesson.Form.Minutes);
    }

    [Fact]
    public async Task MoveLesson_IntoAnotherModuleAndBack_KeepsEveryLesson()
    {
        var c = await HendrasCourseAsync();
        var (moduleB, last) = await fixture.WithServiceAsync(async s =>
        {
            var b = await s.AddModuleAsync(c.CourseId, "Pelaksanaan", Hendra);
            var l = await s.AddLessonAsync(c.CourseId, CourseFormBuilder.Lesson("Laporan kegiatan", moduleId: b), Hendra);
            await s.MoveLessonAsync(c.CourseId, l, -1, Hendra);
            return (b, l);
        });

        var view = await ViewAsync(c.CourseId);
        Assert.Equal(["Mengapa rencana kerja", "Laporan kegiatan"], view.Modules[0].Lessons.Select(l => l.Title));
        Assert.Empty(view.Modules.Single(m => m.Id == moduleB).Lessons);

        await fixture.WithServiceAsync(s => s.EditLessonAsync(c.CourseId, last, CourseFormBuilder.Lesson("Laporan kegiatan", moduleId: moduleB), Hendra));
        Assert.Equal(["Laporan kegiatan"], (await ViewAsync(c.CourseId)).Modules.Single(m => m.Id == moduleB).Lessons.Select(l => l.Title));
    }

    [Fact]
    public async Task CoTrainer_AddedByEmail_CanEditAndSeesTheCourse()
    {
        var c = await HendrasCourseAsync();

        await fixture.WithServiceAsync(s => s.AddCoTrainerAsync(c.CourseId, " Dewi@SmartVillage.test ", Hendra));
        await fixture.WithServiceAsync(s => s.AddLessonAsync(c.CourseId, CourseFormBuilder.Lesson("Tambahan Bu Dewi"), Dewi));

        var view = await ViewAsync(c.CourseId, Dewi);
        Assert.Equal(2, view.LessonCount);
        Assert.Contains(view.Trainers, t => t.FullName == "Dewi Anggraini" && !t.IsOwner);
        Assert.Contains(await fixture.WithServiceAsync(s => s.MyCoursesAsync(Dewi)), x => x.Id == c.CourseId && !x.IsOwner);

        await fixture.WithServiceAsync(s => s.RemoveCoTrainerAsync(c.CourseId, Dewi.UserId, Hendra));
        await Assert.ThrowsAsync<DomainException>(() => ViewAsync(c.CourseId, Dewi));
    }

    [Fact]
    public async Task AddCoTrainer_SomeoneNotATrainer_Refused()
    {
        var c = await HendrasCourseAsync();

        var e = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => s.AddCoTrainerAsync(c.CourseId, "ahmad@smartvillage.test", Hendra)));

        Assert.Contains("Hanya akun berperan Pelatih", e.Message);
    }

    [Fact]
    public async Task RemoveCoTrainer_TheOwner_Refused()
    {
        var c = await HendrasCourseAsync();

        var e = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => s.RemoveCoTrainerAsync(c.CourseId, Hendra.UserId, Hendra)));

        Assert.Contains("Pemilik kursus", e.Message);
    }

    public static TheoryData<string> MutatingCalls =>
    [
        "UpdateDetails", "Publish", "Unpublish", "AddModule", "RenameModule", "AddLesson", "EditLesson", "RemoveLesson",
        "MoveLesson", "AddCoTrainer", "RemoveCoTrainer", "PreviewCohort", "EnrollCohort", "Read", "ReadLesson",
    ];

    private static Task CallAsync(string call, AuthoringService s, Setup c, Actor who, string hendraId) => call switch
    {
        "UpdateDetails" => s.UpdateDetailsAsync(c.CourseId, CourseFormBuilder.New("Diambil alih") is var f && (f.RowVersion = c.RowVersion) != default ? f : f, who),
        "Publish" => s.PublishAsync(c.CourseId, who),
        "Unpublish" => s.UnpublishAsync(c.CourseId, who),
        "AddModule" => s.AddModuleAsync(c.CourseId, "Modul penyusup", who),
        "RenameModule" => s.RenameModuleAsync(c.CourseId, c.ModuleId, "Diganti", who),
        "AddLesson" => s.AddLessonAsync(c.CourseId, CourseFormBuilder.Lesson("Penyusup"), who),
        "EditLesson" => s.EditLessonAsync(c.CourseId, c.LessonId, CourseFormBuilder.Lesson("Diganti"), who),
        "RemoveLesson" => s.RemoveLessonAsync(c.CourseId, c.LessonId, who),
        "MoveLesson" => s.MoveLessonAsync(c.CourseId, c.LessonId, 1, who),
        "AddCoTrainer" => s.AddCoTrainerAsync(c.CourseId, "dewi@smartvillage.test", who),
        "RemoveCoTrainer" => s.RemoveCoTrainerAsync(c.CourseId, hendraId, who),
        "PreviewCohort" => s.PreviewCohortAsync(c.CourseId, new CohortFilter("18.04"), who),
        "EnrollCohort" => s.EnrollCohortAsync(c.CourseId, new CohortFilter("18.04"), who),
        "Read" => s.CourseAsync(c.CourseId, who),
        "ReadLesson" => s.LessonAsync(c.CourseId, c.LessonId, who),
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };

    [Theory]
    [MemberData(nameof(MutatingCalls))]
    public async Task AnotherTrainer_EveryCall_RefusedAndNothingChanges(string call)
    {
        var c = await HendrasCourseAsync();
        var before = await ViewAsync(c.CourseId);

        var e = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => CallAsync(call, s, c, Dewi, Hendra.UserId)));

        Assert.StartsWith("Anda bukan pelatih kursus ini", e.Message);
        var after = await ViewAsync(c.CourseId);
        Assert.Equal(before.Details.RowVersion, after.Details.RowVersion);
        Assert.Equal(before.LessonsInOrder.Select(l => l.Title), after.LessonsInOrder.Select(l => l.Title));
        Assert.Equal(before.Modules.Select(m => m.Title), after.Modules.Select(m => m.Title));
        Assert.Equal(before.Trainers.Select(t => t.UserId), after.Trainers.Select(t => t.UserId));
        Assert.Equal(0, after.Enrolled);
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Official)]
    public async Task ReviewerOrOfficial_CannotCreateOrEdit(string role)
    {
        var c = await HendrasCourseAsync();
        var userId = role == Roles.Reviewer ? fixture.ReviewerId : fixture.SitiId;
        var someone = new Actor(userId, IsAdmin: false, IsTrainer: false);

        var create = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => s.CreateCourseAsync(CourseFormBuilder.New(), someone)));
        Assert.Equal(CourseAccess.CreateRefusedMessage, create.Message);
        foreach (var call in new[] { "AddLesson", "EditLesson", "Publish", "Read" })
        {
            var e = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => CallAsync(call, s, c, someone, Hendra.UserId)));
            Assert.Equal(CourseAccess.RefusedMessage, e.Message);
        }
    }

    [Fact]
    public async Task Admin_EditsAnyCourse()
    {
        var c = await HendrasCourseAsync();

        await fixture.WithServiceAsync(async s =>
        {
            await s.RenameModuleAsync(c.CourseId, c.ModuleId, "Dasar-dasar", fixture.Admin);
            await s.PublishAsync(c.CourseId, fixture.Admin);
        });

        var view = await ViewAsync(c.CourseId, fixture.Admin);
        Assert.Equal("Dasar-dasar", view.Modules[0].Title);
        Assert.Equal(CourseStatus.Published, view.Status);
        Assert.Contains(await fixture.WithServiceAsync(s => s.MyCoursesAsync(fixture.Admin)), x => x.Id == c.CourseId);
    }

    [Fact]
    public async Task UpdateDetails_FormLoadedBeforeAnotherTrainerSaved_RefusedAndTheirSaveStays()
    {
        var c = await HendrasCourseAsync();
        await fixture.WithServiceAsync(s => s.AddCoTrainerAsync(c.CourseId, "dewi@smartvillage.test", Hendra));
        var hendrasForm = (await ViewAsync(c.CourseId)).Details;
        var dewisForm = (await ViewAsync(c.CourseId, Dewi)).Details;

        dewisForm.Title = "Judul Bu Dewi";
        await fixture.WithServiceAsync(s => s.UpdateDetailsAsync(c.CourseId, dewisForm, Dewi));
        hendrasForm.Title = "Judul Pak Hendra";
        var e = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => s.UpdateDetailsAsync(c.CourseId, hendrasForm, Hendra)));

        Assert.Equal(AuthoringService.StaleMessage, e.Message);
        Assert.Equal("Judul Bu Dewi", (await ViewAsync(c.CourseId)).Details.Title);
    }

    [Fact]
    public async Task UpdateDetails_TwoTrainersSaveAtOnce_ExactlyOneWins()
    {
        var c = await HendrasCourseAsync();
        await fixture.WithServiceAsync(s => s.AddCoTrainerAsync(c.CourseId, "dewi@smartvillage.test", Hendra));
        var hendrasForm = (await ViewAsync(c.CourseId)).Details;
        var dewisForm = (await ViewAsync(c.CourseId, Dewi)).Details;
        hendrasForm.Title = "Judul Pak Hendra";
        dewisForm.Title = "Judul Bu Dewi";

        async Task<string?> SaveAsync(CourseForm form, Actor who)
        {
            try
            {
                await fixture.WithServiceAsync(s => s.UpdateDetailsAsync(c.CourseId, form, who));
                return form.Title;
            }
            catch (DomainException e)
            {
                Assert.Equal(AuthoringService.StaleMessage, e.Message);
                return null;
            }
        }

        var results = await Task.WhenAll(Task.Run(() => SaveAsync(hendrasForm, Hendra)), Task.Run(() => SaveAsync(dewisForm, Dewi)));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner, (await ViewAsync(c.CourseId)).Details.Title);
    }

    [Fact]
    public async Task EditPublishedCourse_LearnersKeepProgressOnUnchangedLessons()
    {
        var c = await HendrasCourseAsync();
        var second = await fixture.WithServiceAsync(async s =>
        {
            var id = await s.AddLessonAsync(c.CourseId, CourseFormBuilder.Lesson("Menyusun jadwal", "Teks lama."), Hendra);
            await s.PublishAsync(c.CourseId, Hendra);
            return id;
        });
        await CompleteAsync(fixture.SitiId, c.CourseId, c.LessonId, second);

        var third = await fixture.WithServiceAsync(async s =>
        {
            await s.EditLessonAsync(c.CourseId, second, CourseFormBuilder.Lesson("Menyusun jadwal", "Teks **baru** dengan contoh."), Hendra);
            return await s.AddLessonAsync(c.CourseId, CourseFormBuilder.Lesson("Melaporkan"), Hendra);
        });

        var view = await ViewAsync(c.CourseId);
        Assert.Equal([c.LessonId, second, third], view.LessonsInOrder.Select(l => l.Id));
        var completed = await fixture.Database.QueryAsync(db => db.LessonCompletions
            .Where(x => x.UserId == fixture.SitiId && db.Lessons.Any(l => l.Id == x.LessonId && l.CourseId == c.CourseId))
            .Select(x => x.LessonId).ToListAsync());
        Assert.Equal([c.LessonId, second], completed.Order());
        var progress = CourseProgress.Of(completed.Count, view.LessonCount);
        Assert.Equal((2, 3), (progress.CompletedLessons, progress.TotalLessons));
    }

    [Fact]
    public async Task RemoveLesson_SomeoneStoppedThere_ContinuePointerCleared()
    {
        var c = await HendrasCourseAsync();
        var second = await fixture.WithServiceAsync(async s =>
        {
            var id = await s.AddLessonAsync(c.CourseId, CourseFormBuilder.Lesson("Akan dihapus"), Hendra);
            await s.PublishAsync(c.CourseId, Hendra);
            return id;
        });
        await CompleteAsync(fixture.SitiId, c.CourseId, second);

        await fixture.WithServiceAsync(s => s.RemoveLessonAsync(c.CourseId, second, Hendra));

        var enrollment = await fixture.Database.QueryAsync(db => db.Enrollments.SingleAsync(e => e.CourseId == c.CourseId));
        Assert.Null(enrollment.LastLessonId);
        Assert.Equal(1, (await ViewAsync(c.CourseId)).LessonCount);
        Assert.False(await fixture.Database.QueryAsync(db => db.LessonCompletions.AnyAsync(x => x.LessonId == second)));
    }

    [Fact]
    public async Task Publish_WithoutLessonOrSummary_RefusedWithWhatToDo()
    {
        var empty = await fixture.WithServiceAsync(s => s.CreateCourseAsync(CourseFormBuilder.New(), Hendra));
        var noLessons = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => s.PublishAsync(empty, Hendra)));
        Assert.Contains("belum punya materi", noLessons.Message);

        var unsummarized = await fixture.WithServiceAsync(async s =>
        {
            var id = await s.CreateCourseAsync(CourseFormBuilder.New(summary: ""), Hendra);
            await s.AddLessonAsync(id, CourseFormBuilder.Lesson("Satu"), Hendra);
            return id;
        });
        var noSummary = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => s.PublishAsync(unsummarized, Hendra)));
        Assert.Contains("ringkasan", noSummary.Message);
        Assert.Equal(CourseStatus.Draft, (await ViewAsync(unsummarized)).Status);

        var c = await HendrasCourseAsync();
        await fixture.WithServiceAsync(s => s.PublishAsync(c.CourseId, Hendra));
        Assert.Equal(CourseStatus.Published, (await ViewAsync(c.CourseId)).Status);
        await fixture.WithServiceAsync(s => s.UnpublishAsync(c.CourseId, Hendra));
        Assert.Equal(CourseStatus.Draft, (await ViewAsync(c.CourseId)).Status);
    }

    [Fact]
    public async Task EnrollCohort_KaurPerencanaanOfLampungBarat_EnrolsExactlyThemOnce()
    {
        var c = await HendrasCourseAsync();
        await fixture.WithServiceAsync(s => s.PublishAsync(c.CourseId, Hendra));
        var filter = new CohortFilter(RegencyCode: "18.04", Position: OfficialPosition.PlanningAffairsHead);
        var expected = await fixture.Database.QueryAsync(db => db.Users
            .Where(u => u.VillageCode!.StartsWith("18.04.") && u.Position == OfficialPosition.PlanningAffairsHead)
            .Select(u => u.Id).ToListAsync());
        Assert.Equal(2, expected.Count); // the demo seeds two pekon in Balik Bukit, each with a Kaur Perencanaan

        var preview = await fixture.WithServiceAsync(s => s.PreviewCohortAsync(c.CourseId, filter, Hendra));
        var first = await fixture.WithServiceAsync(s => s.EnrollCohortAsync(c.CourseId, filter, Hendra));
        var second = await fixture.WithServiceAsync(s => s.EnrollCohortAsync(c.CourseId, filter, Hendra));

        Assert.Equal(new CohortPreview(2, 0), preview);
        Assert.Equal(2, first);
        Assert.Equal(0, second);
        var enrolled = await fixture.Database.QueryAsync(db => db.Enrollments.Where(e => e.CourseId == c.CourseId).ToListAsync());
        Assert.Equal(expected.Order(), enrolled.Select(e => e.UserId).Order());
        Assert.All(enrolled, e => Assert.Equal(EnrollmentSource.Cohort, e.Source));
        Assert.All(enrolled, e => Assert.Equal(Hendra.UserId, e.EnrolledById));
        Assert.Equal(new CohortPreview(2, 2), await fixture.WithServiceAsync(s => s.PreviewCohortAsync(c.CourseId, filter, Hendra)));
    }

    [Fact]
    public async Task EnrollCohort_DraftCourse_RefusedUntilPublished()
    {
        var c = await HendrasCourseAsync();

        var e = await Assert.ThrowsAsync<DomainException>(() => fixture.WithServiceAsync(s => s.EnrollCohortAsync(c.CourseId, new CohortFilter("18.04"), Hendra)));

        Assert.Contains("Terbitkan kursus", e.Message);
    }

    [Fact]
    public async Task ContentCourse_TrainedByHendra_IsEditableAndMarkedFromContent()
    {
        var mine = await fixture.WithServiceAsync(s => s.MyCoursesAsync(Hendra));
        var imported = mine.First(x => x.FromContent);

        var view = await ViewAsync(imported.Id);

        Assert.True(view.FromContent);
        Assert.True(view.LessonCount > 0);
        Assert.DoesNotContain(await fixture.WithServiceAsync(s => s.MyCoursesAsync(Dewi)), x => x.Id == imported.Id);
    }

    /// <summary>Bu Siti enrols herself, reads up to the last lesson given and marks the lessons complete (what the learning pages will do).</summary>
    private async Task CompleteAsync(string userId, int courseId, params int[] lessonIds)
    {
        await using var db = fixture.Database.CreateContext();
        var now = DateTimeOffset.UtcNow;
        var enrollment = new Enrollment(courseId, userId, EnrollmentSource.Self, null, now);
        enrollment.Visit(lessonIds[^1], now);
        db.Enrollments.Add(enrollment);
        foreach (var id in lessonIds) db.LessonCompletions.Add(new LessonCompletion(userId, id, now));
        await db.SaveChangesAsync();
    }
}
