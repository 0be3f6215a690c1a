using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Learning.Features.Evaluations;
using SmartVillage.Learning.Tests.Features.Workshops;

namespace SmartVillage.Learning.Tests.Features.Evaluations;

public class EvaluationServiceTests(EvaluationWorld world) : IClassFixture<EvaluationWorld>
{
    [Fact]
    public async Task Open_BimtekWithTwoTrainers_OrganisationOnce_TrainerItemsOncePerTrainer_OwnerFirst()
    {
        var siti = world.FreeOfficials[0];
        var (workshop, _) = await world.FinishedWorkshopAsync([siti]);
        world.AfterTheBimtek();

        var form = await world.Evaluations().OpenAsync(siti, EvaluationSubject.Workshop, workshop);

        var template = world.Content.Template();
        var organisation = template.Items.Where(i => i.Section == EvaluationSection.Organisation).Select(i => i.Text).ToList();
        var trainerItems = template.Items.Where(i => i.Section == EvaluationSection.Trainer).Select(i => i.Text).ToList();
        Assert.Equal(organisation, form.Questions.Where(q => q.Section == EvaluationSection.Organisation).Select(q => q.Text));
        var byTrainer = form.Questions.Where(q => q.Section == EvaluationSection.Trainer).GroupBy(q => q.TrainerName).ToList();
        Assert.Equal(["Hendra Saputra", "Dewi Anggraini"], byTrainer.Select(g => g.Key));
        Assert.All(byTrainer, g => Assert.Equal(trainerItems, g.Select(q => q.Text)));
        Assert.Equal(Enumerable.Range(1, form.Questions.Count), form.Questions.Select(q => q.Position));
    }

    [Fact]
    public async Task Offer_OpensAtTheLastAttendedSession_NotBefore_AndGoesAwayOnceSubmitted()
    {
        var official = world.FreeOfficials[1];
        var id = await world.Workshops.PublishedWorkshopAsync();
        var sessions = await world.Workshops.SessionIdsAsync(id);
        await world.Workshops.Registrations().RegisterAsync(id, official.UserId);
        await world.MarkAsync(sessions[0], official, AttendanceStatus.Present);
        var service = world.Evaluations();

        // Day 2: one session attended, the last one still to come.
        world.Clock.SetUtcNow(WorkshopWorld.Start.AddDays(1).AddHours(2));
        Assert.DoesNotContain(await service.OffersAsync(official.UserId), o => o.SubjectId == id);
        var early = await Assert.ThrowsAsync<DomainException>(() => service.OpenAsync(official, EvaluationSubject.Workshop, id));
        Assert.Equal(EvaluationWindow.NotOpenMessage, early.Message);

        // Day 3, 09.00 WIB: checked in to the last session, so the form is offered at the closing.
        world.Clock.SetUtcNow(WorkshopWorld.Start.AddDays(2).AddHours(1));
        await world.MarkAsync(sessions[2], official, AttendanceStatus.Late);
        var offer = Assert.Single(await service.OffersAsync(official.UserId), o => o.SubjectId == id);
        Assert.Equal(EvaluationLinks.Answer(EvaluationSubject.Workshop, id), offer.Url);

        await world.AnswerAllAsync(official, id, 4);
        Assert.DoesNotContain(await service.OffersAsync(official.UserId), o => o.SubjectId == id);
        Assert.True((await service.OpenAsync(official, EvaluationSubject.Workshop, id)).Submitted);
    }

    [Fact]
    public async Task Offer_NotToAnOfficialWhoNeverCame_AndNotToStaff()
    {
        var came = world.FreeOfficials[2];
        var absent = world.FreeOfficials[3];
        var (id, sessions) = await world.FinishedWorkshopAsync([came]);
        await world.Workshops.Registrations().RegisterAsync(id, absent.UserId);
        foreach (var s in sessions) await world.MarkAsync(s, absent, AttendanceStatus.Excused);
        world.AfterTheBimtek();

        Assert.DoesNotContain(await world.Evaluations().OffersAsync(absent.UserId), o => o.SubjectId == id);
        await Assert.ThrowsAsync<DomainException>(() => world.Evaluations().OpenAsync(absent, EvaluationSubject.Workshop, id));
        var staff = await Assert.ThrowsAsync<DomainException>(() => world.Evaluations().OpenAsync(world.Hendra, EvaluationSubject.Workshop, id));
        Assert.Equal(EvaluationAccess.OfficialsOnlyMessage, staff.Message);
    }

    [Fact]
    public async Task RacingOpensAnswersAndSubmits_OneResponse_OneAnswerPerQuestion_SubmittedOnce()
    {
        var official = world.FreeOfficials[4];
        var (id, _) = await world.FinishedWorkshopAsync([official]);
        world.AfterTheBimtek();

        // Eight tabs open the form at once: one evaluation, one response.
        var forms = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => world.Evaluations().OpenAsync(official, EvaluationSubject.Workshop, id))));
        var evaluationId = Assert.Single(forms.Select(f => f.EvaluationId).Distinct());
        var likert = forms[0].Questions.Where(q => q.Kind == EvaluationItemKind.Likert).ToList();
        // A double tap on every statement, each pair racing.
        await Task.WhenAll(likert.SelectMany(q => new[] { 3, 5 }.Select(score =>
            Task.Run(() => world.Evaluations().SaveAnswerAsync(official, evaluationId, q.Id, score, null)))));
        // And eight submits at once.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => world.Evaluations().SubmitAsync(official, evaluationId))));

        var (responses, submitted, answers, distinctAnswers) = await world.Database.QueryAsync(async db =>
        {
            var rows = await db.EvaluationResponses.Where(r => r.EvaluationId == evaluationId).ToListAsync();
            var ids = rows.Select(r => r.Id).ToList();
            var answerRows = await db.EvaluationAnswers.Where(a => ids.Contains(a.ResponseId)).Select(a => a.QuestionId).ToListAsync();
            return (rows.Count, rows.Count(r => r.SubmittedAt != null), answerRows.Count, answerRows.Distinct().Count());
        });
        Assert.Equal(1, responses);
        Assert.Equal(1, submitted);
        Assert.Equal(likert.Count, answers);
        Assert.Equal(answers, distinctAnswers);
        var changed = await Assert.ThrowsAsync<DomainException>(() => world.Evaluations().SaveAnswerAsync(official, evaluationId, likert[0].Id, 1, null));
        Assert.Equal(EvaluationResponse.SubmittedMessage, changed.Message);
    }

    [Fact]
    public async Task Submit_WithAStatementUnscored_RefusedInIndonesian_AnswersKept()
    {
        var official = world.FreeOfficials[5];
        var (id, _) = await world.FinishedWorkshopAsync([official], withDewi: false);
        world.AfterTheBimtek();
        var service = world.Evaluations();
        var form = await service.OpenAsync(official, EvaluationSubject.Workshop, id);
        var first = form.Questions.First(q => q.Kind == EvaluationItemKind.Likert);
        await service.SaveAnswerAsync(official, form.EvaluationId, first.Id, 5, null);

        var refused = await Assert.ThrowsAsync<DomainException>(() => service.SubmitAsync(official, form.EvaluationId));
        var outOfScale = await Assert.ThrowsAsync<DomainException>(() => service.SaveAnswerAsync(official, form.EvaluationId, first.Id, 9, null));

        Assert.StartsWith("Masih ada", refused.Message);
        Assert.Equal("Pilih nilai 1 sampai 5.", outOfScale.Message);
        var reopened = await service.OpenAsync(official, EvaluationSubject.Workshop, id);
        Assert.False(reopened.Submitted);
        Assert.Equal(5, reopened.Questions.Single(q => q.Id == first.Id).Score);
    }

    [Fact]
    public async Task Results_TrainerSeesAggregatesOfOwnSection_WhoAnsweredWhatIsRefused_ProvinceCountsByRegency()
    {
        var a = world.FreeOfficials[6];
        var b = world.FreeOfficials[7];
        var (id, _) = await world.FinishedWorkshopAsync([a, b]);
        world.AfterTheBimtek();
        await world.AnswerAllAsync(a, id, 5, "Tambah praktik.");
        await world.AnswerAllAsync(b, id, 3, "Aula terlalu panas.");
        var evaluationId = await world.Evaluations().PrepareAsync(world.Hendra, EvaluationSubject.Workshop, id);
        var results = world.Results();

        var dewi = await results.ResultsAsync(world.Dewi, evaluationId);
        Assert.Equal(2, dewi.Responses);
        Assert.Equal(2, dewi.Eligible);
        Assert.Equal(100m, dewi.ResponseRate);
        Assert.Equal(["Penyelenggaraan", "Pengajar: Dewi Anggraini"], dewi.Sections.Select(s => s.Heading));
        Assert.All(dewi.Sections, s => Assert.Equal(4m, s.Mean));
        var first = dewi.Sections[0].Questions.First(q => q.Kind == EvaluationItemKind.Likert);
        Assert.Equal([0, 0, 1, 0, 1], first.Distribution);
        Assert.Equal(["Aula terlalu panas.", "Tambah praktik."], dewi.Sections[0].Questions.Single(q => q.Kind == EvaluationItemKind.Open).OpenAnswers);
        Assert.Empty(dewi.ByRegency);

        // A request crafted for who answered what: refused to the trainers, and to the admin too, because the form is anonymous.
        var crafted = await Assert.ThrowsAsync<DomainException>(() => results.RespondentsAsync(world.Hendra, evaluationId));
        Assert.Equal(EvaluationAccess.AnonymousMessage, crafted.Message);
        await Assert.ThrowsAsync<DomainException>(() => results.RespondentsAsync(world.Admin, evaluationId));

        var admin = await results.ResultsAsync(world.Admin, evaluationId);
        Assert.Equal(3, admin.Sections.Count);
        Assert.Equal(2, admin.ByRegency.Sum(r => r.Responses));

        // Another workshop's trainer is refused even the aggregate.
        var other = Actor.Trainer("someone-else");
        await Assert.ThrowsAsync<DomainException>(() => results.ResultsAsync(other, evaluationId));
    }

    [Fact]
    public async Task Results_OfAFormBuiltNotAnonymous_TrainerReadsWhoAnswered_OnlyTheirOwnSection()
    {
        var a = world.FreeOfficials[8];
        var (id, _) = await world.FinishedWorkshopAsync([a]);
        var service = world.Evaluations();
        var evaluationId = await service.PrepareAsync(world.Hendra, EvaluationSubject.Workshop, id);
        await service.RebuildAsync(world.Hendra, evaluationId, new BuildSettings(AnonymousToTrainers: false));
        world.AfterTheBimtek();
        await world.AnswerAllAsync(a, id, 4);

        var people = await world.Results().RespondentsAsync(world.Dewi, evaluationId);
        var rebuild = await Assert.ThrowsAsync<DomainException>(() => service.RebuildAsync(world.Hendra, evaluationId, new BuildSettings(true)));

        var person = Assert.Single(people);
        Assert.Equal(world.Workshops.Officials.Single(o => o.Id == a.UserId).Name, person.Name);
        var results = await world.Results().ResultsAsync(world.Dewi, evaluationId);
        var visible = results.Sections.SelectMany(s => s.Questions).Where(q => q.Kind == EvaluationItemKind.Likert).Select(q => q.QuestionId).ToHashSet();
        var all = await world.Results().ResultsAsync(world.Admin, evaluationId);
        var hendras = all.Sections.Single(s => s.TrainerName == "Hendra Saputra").Questions.Select(q => q.QuestionId).ToList();
        Assert.Equal(visible, person.AnswersByQuestion.Keys.ToHashSet());
        Assert.DoesNotContain(hendras, person.AnswersByQuestion.Keys.Contains);
        Assert.Equal(Evaluation.AnsweredMessage, rebuild.Message);
    }

    [Fact]
    public async Task TemplateVersions_AnsweredFormKeepsItsVersion_NewFormsUseTheNewest_OnlyAdminsRevise()
    {
        var a = world.FreeOfficials[9];
        var b = world.FreeOfficials[10];
        var (old, _) = await world.FinishedWorkshopAsync([a], withDewi: false);
        world.AfterTheBimtek();
        await world.AnswerAllAsync(a, old, 5);
        var templates = world.Templates();
        var current = await templates.CurrentAsync();
        var items = current.Drafts().ToList();
        items[0] = items[0] with { Text = "Materi membantu tugas saya di kantor desa" };

        await Assert.ThrowsAsync<DomainException>(() => templates.ReviseAsync(world.Hendra, current.Version, current.Title, current.Scale, items));
        var next = await templates.ReviseAsync(world.Admin, current.Version, current.Title, current.Scale, items);
        var stale = await Assert.ThrowsAsync<DomainException>(() => templates.ReviseAsync(world.Admin, current.Version, current.Title, current.Scale, items));

        Assert.Equal(current.Version + 1, next);
        Assert.Equal(EvaluationTemplates.StaleMessage, stale.Message);
        var oldForm = await world.Evaluations().OpenAsync(a, EvaluationSubject.Workshop, old);
        Assert.Equal(current.Items.OrderBy(i => i.Position).First().Text, oldForm.Questions[0].Text);
        var oldResults = await world.Results().ResultsAsync(world.Admin, oldForm.EvaluationId);
        Assert.Equal(current.Version, oldResults.TemplateVersion);

        var (fresh, _) = await world.FinishedWorkshopAsync([b], withDewi: false);
        world.AfterTheBimtek();
        var newForm = await world.Evaluations().OpenAsync(b, EvaluationSubject.Workshop, fresh);
        Assert.Equal("Materi membantu tugas saya di kantor desa", newForm.Questions[0].Text);
    }

    [Fact]
    public async Task CompletedCourse_IsOffered_ItsTrainersAreAsked_UntilThirtyDaysAfter()
    {
        var official = world.FreeOfficials[10];
        var course = await world.Database.QueryAsync(db => db.Courses.Where(c => c.Slug == "pengelolaan-apbdes-siskeudes").Select(c => c.Id).SingleAsync());
        await using (var db = world.Factory.CreateDbContext())
        {
            var enrollment = new SmartVillage.Domain.Learning.Enrollment(course, official.UserId, SmartVillage.Domain.Learning.EnrollmentSource.Self, null, WorkshopWorld.Start);
            enrollment.UpdateCompletion(SmartVillage.Domain.Learning.CourseProgress.Of(5, 5), WorkshopWorld.Start);
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync();
        }
        world.Clock.SetUtcNow(WorkshopWorld.Start.AddDays(2));
        var service = world.Evaluations();

        var offer = Assert.Single(await service.OffersAsync(official.UserId), o => o.Subject == EvaluationSubject.Course && o.SubjectId == course);
        var form = await service.OpenAsync(official, EvaluationSubject.Course, course);
        world.Clock.SetUtcNow(WorkshopWorld.Start.AddDays(EvaluationWindow.OpenDays + 1));

        Assert.Equal(WorkshopWorld.Start.AddDays(EvaluationWindow.OpenDays), offer.Until);
        Assert.Equal(["Hendra Saputra"], form.Questions.Where(q => q.TrainerName is not null).Select(q => q.TrainerName).Distinct());
        Assert.DoesNotContain(await service.OffersAsync(official.UserId), o => o.Subject == EvaluationSubject.Course && o.SubjectId == course);
    }

    [Fact]
    public async Task TrainerHistory_OwnOnly_AdminsReadAnyone()
    {
        var results = world.Results();
        var refused = await Assert.ThrowsAsync<DomainException>(() => results.HistoryAsync(world.Dewi, world.Hendra.UserId));
        Assert.Equal(EvaluationAccess.OwnHistoryMessage, refused.Message);

        var own = await results.HistoryAsync(world.Hendra, world.Hendra.UserId);
        var admin = await results.HistoryAsync(world.Admin, world.Hendra.UserId);

        Assert.Equal(own.Rows.Select(r => (r.EvaluationId, r.Mean)), admin.Rows.Select(r => (r.EvaluationId, r.Mean)));
        // The demo bimtek in Kota Agung: two officials answered Pak Hendra's statements.
        Assert.Contains(own.Rows, r => r.Title == SmartVillage.Learning.Seeding.Demo.DemoEvaluations.WorkshopTitle && r.Responses == 2 && r.Mean is > 1 and <= 5);
    }
}
