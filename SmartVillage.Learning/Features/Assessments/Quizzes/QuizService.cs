using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Assessments.QuestionBank;

namespace SmartVillage.Learning.Features.Assessments.Quizzes;

/// <summary>
/// The trainer's quiz editor: list a course's quizzes, create one, change its settings and its slots, publish,
/// unpublish, delete a draft. Only the course's trainers and admins (<see cref="CourseAccess"/>) may do any of it.
/// Every change names the quiz version it was made on: when someone else changed the quiz in between, nothing is
/// saved and the person is told to reload.
/// </summary>
public sealed class QuizService(
    IDbContextFactory<LearningDbContext> dbFactory,
    IValidator<QuizSettingsForm> settingsValidator,
    TimeProvider clock,
    ILogger<QuizService> logger)
{
    public const string CourseNotFoundMessage = QuestionBankService.NotFoundMessage;
    public const string NotFoundMessage = "Kuis tidak ditemukan; mungkin sudah dihapus.";
    public const string ConflictMessage =
        "Kuis ini baru saja diubah oleh orang lain, jadi perubahan Anda tidak disimpan. Muat ulang halaman untuk melihat versi terbaru, lalu ulangi.";
    public const string SlotNotFoundMessage = "Soal itu sudah tidak ada di kuis ini; muat ulang halaman.";
    public const string InUseMessage = "Kuis ini sudah pernah dikerjakan peserta, jadi tidak dapat dihapus.";

    // ---- Reading ----

    /// <summary>The course's quizzes: pre-test and post-test first, then practice by title; null when there is no such course.</summary>
    public async Task<QuizListView?> QuizzesAsync(Actor editor, int courseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await CourseAsync(db, courseId, ct);
        if (course is null) return null;
        CourseAccess.DemandEdit(editor, course.Trainers);
        var rows = await db.Quizzes.Where(q => q.CourseId == courseId)
            .Select(q => new QuizListRow(q.Id, q.Title, q.Purpose, q.Status, q.Slots.Sum(s => s.RandomCount ?? 1), q.TimeLimitMinutes,
                q.AttemptsAllowed, q.OpensAt, q.ClosesAt, db.QuizAttempts.Count(a => a.QuizId == q.Id)))
            .ToListAsync(ct);
        return new QuizListView(course.Id, course.Title, course.FromContent,
            rows.OrderBy(r => r.Purpose).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id).ToList());
    }

    /// <summary>Everything the editor shows; null when the course or the quiz does not exist.</summary>
    public async Task<QuizEditorView?> QuizAsync(Actor editor, int courseId, int quizId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await CourseAsync(db, courseId, ct);
        if (course is null) return null;
        CourseAccess.DemandEdit(editor, course.Trainers);
        var quiz = await db.Quizzes.AsNoTracking().Include(q => q.Slots).SingleOrDefaultAsync(q => q.Id == quizId && q.CourseId == courseId, ct);
        if (quiz is null) return null;

        var categories = await db.QuestionCategories.Where(c => c.CourseId == courseId).Select(c => new { c.Id, c.Path }).ToListAsync(ct);
        var questions = await db.BankQuestions.Where(q => q.CourseId == courseId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => new { q.Id, q.CategoryId, q.Name, q.Type, q.Text, q.Parts, q.Tags }).ToListAsync(ct);
        var byId = questions.ToDictionary(q => q.Id);
        var paths = categories.ToDictionary(c => c.Id, c => c.Path);

        var slots = quiz.Slots.OrderBy(s => s.Position).Select(s =>
        {
            if (s.QuestionId is { } questionId)
            {
                var q = byId.GetValueOrDefault(questionId);
                return new QuizSlotRow(s.Id, s.Position, questionId, q?.Name, q?.Type, q is null ? null : BankQuestion.Excerpt(BankQuestion.DisplayText(q.Text, q.Parts), 120),
                    q?.CategoryId, q is null ? "" : paths.GetValueOrDefault(q.CategoryId, ""), null, 0);
            }
            var categoryId = s.CategoryId!.Value;
            // What the slot can draw from: its category's questions that carry all its tags.
            return new QuizSlotRow(s.Id, s.Position, null, null, null, null, categoryId, paths.GetValueOrDefault(categoryId, ""), s.RandomCount,
                questions.Count(q => q.CategoryId == categoryId && s.Accepts(q.Tags))) { RandomTags = s.RandomTags };
        }).ToList();
        var rows = questions.ToLookup(q => q.CategoryId, q => new QuestionRow(q.Id, q.Name, q.Type, BankQuestion.Excerpt(BankQuestion.DisplayText(q.Text, q.Parts), 120))
        {
            Tags = q.Tags,
        });
        var bank = categories.OrderBy(c => c.Path, StringComparer.OrdinalIgnoreCase)
            .Select(c => new CategoryView(c.Id, c.Path, rows[c.Id].ToList())).ToList();
        var attempts = await db.QuizAttempts.CountAsync(a => a.QuizId == quizId, ct);
        return new QuizEditorView(course.Id, course.Title, course.FromContent, quiz.Id, quiz.Purpose, quiz.Status, quiz.RowVersion,
            QuizSettingsForm.From(quiz), slots, bank, attempts);
    }

    // ---- Changing ----

    /// <summary>
    /// A new draft quiz with the settings the content uses for its purpose. A course has at most one pre-test and one
    /// post-test (the learning gain is post minus pre); practice quizzes are unlimited. Returns the quiz's id.
    /// </summary>
    public async Task<int> CreateAsync(Actor editor, int courseId, string title, QuizPurpose purpose, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(purpose)) throw new DomainException("Pilih jenis kuis.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await CourseAsync(db, courseId, ct) ?? throw new DomainException(CourseNotFoundMessage);
        CourseAccess.DemandEdit(editor, course.Trainers);
        if (purpose != QuizPurpose.Practice && await db.Quizzes.AnyAsync(q => q.CourseId == courseId && q.Purpose == purpose, ct))
            throw OnePerCourse(purpose);
        var quiz = new Quiz(courseId, title, purpose, QuizDefaults.SettingsFor(purpose, course.PassingScore), clock.GetUtcNow());
        db.Quizzes.Add(quiz);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (purpose != QuizPurpose.Practice)
        {
            // Two trainers created the course's pre-test (or post-test) at the same moment: the unique index kept one.
            throw OnePerCourse(purpose);
        }
        logger.LogInformation("Quiz {Quiz} ({Purpose}) created in course {Course} by {User}", quiz.Id, purpose, courseId, editor.UserId);
        return quiz.Id;
    }

    /// <summary>Saves the title and settings made on <see cref="QuizSettingsForm.RowVersion"/>; returns the new version.</summary>
    public async Task<Guid> SaveSettingsAsync(Actor editor, int courseId, int quizId, QuizSettingsForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await settingsValidator.DemandValidAsync(form, ct);
        return await MutateAsync(editor, courseId, quizId, form.RowVersion, (_, quiz, now) =>
        {
            quiz.Configure(form.Title, form.ToSettings(), now);
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>Adds one question of the course's bank as the quiz's last slot.</summary>
    public Task<Guid> AddQuestionAsync(Actor editor, int courseId, int quizId, Guid version, int questionId, CancellationToken ct = default) =>
        MutateAsync(editor, courseId, quizId, version, async (db, quiz, now) =>
        {
            if (!await db.BankQuestions.AnyAsync(q => q.Id == questionId && q.CourseId == courseId, ct))
                throw new DomainException("Soal itu tidak ada di bank soal kursus ini.");
            quiz.AddQuestion(questionId, now);
        }, ct);

    /// <summary>
    /// Adds "N random questions from category C" (only those carrying every one of <paramref name="tags"/>, as Moodle's
    /// random questions filter by tag) as the last slot; N cannot exceed what the category holds now.
    /// </summary>
    public Task<Guid> AddRandomAsync(Actor editor, int courseId, int quizId, Guid version, int categoryId, int count,
        CancellationToken ct = default) => AddRandomAsync(editor, courseId, quizId, version, categoryId, count, [], ct);

    public Task<Guid> AddRandomAsync(Actor editor, int courseId, int quizId, Guid version, int categoryId, int count,
        IReadOnlyList<string> tags, CancellationToken ct = default) =>
        MutateAsync(editor, courseId, quizId, version, async (db, quiz, now) =>
        {
            var path = await db.QuestionCategories.Where(c => c.Id == categoryId && c.CourseId == courseId).Select(c => c.Path)
                .SingleOrDefaultAsync(ct) ?? throw new DomainException("Kategori itu tidak ada di bank soal kursus ini.");
            var questionTags = await db.BankQuestions.Where(q => q.CategoryId == categoryId).Select(q => q.Tags).ToListAsync(ct);
            var slot = quiz.AddRandom(categoryId, count, tags, now);
            var size = questionTags.Count(slot.Accepts);
            if (count > size)
                throw new DomainException(slot.RandomTags.Count == 0
                    ? $"Kategori \"{path}\" hanya berisi {size} soal; minta paling banyak {size} soal acak."
                    : $"Kategori \"{path}\" hanya berisi {size} soal bertag {string.Join(", ", slot.RandomTags)}; minta paling banyak {size} soal acak.");
        }, ct);

    /// <summary>The tags the questions of one category carry, for choosing a random slot's filter.</summary>
    public async Task<IReadOnlyList<string>> TagsOfCategoryAsync(Actor editor, int courseId, int categoryId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var trainers = await db.Courses.Where(c => c.Id == courseId).Select(c => c.Trainers.Select(t => t.UserId).ToList()).SingleOrDefaultAsync(ct)
            ?? throw new DomainException(CourseNotFoundMessage);
        CourseAccess.DemandEdit(editor, trainers);
        var tags = await db.BankQuestions.Where(q => q.CourseId == courseId && q.CategoryId == categoryId).Select(q => q.Tags).ToListAsync(ct);
        return tags.SelectMany(t => t).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public Task<Guid> RemoveSlotAsync(Actor editor, int courseId, int quizId, Guid version, int slotId, CancellationToken ct = default) =>
        MutateAsync(editor, courseId, quizId, version, (_, quiz, now) =>
        {
            quiz.RemoveSlot(SlotOf(quiz, slotId), now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>Moves a slot to <paramref name="position"/> (1-based).</summary>
    public Task<Guid> MoveSlotAsync(Actor editor, int courseId, int quizId, Guid version, int slotId, int position,
        CancellationToken ct = default) =>
        MutateAsync(editor, courseId, quizId, version, (_, quiz, now) =>
        {
            quiz.MoveSlot(SlotOf(quiz, slotId), position, now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>Publishes; the quiz refuses (with its reason) when it has no slot or a random slot asks for more than its category holds.</summary>
    public Task<Guid> PublishAsync(Actor editor, int courseId, int quizId, Guid version, CancellationToken ct = default) =>
        MutateAsync(editor, courseId, quizId, version, async (db, quiz, now) =>
        {
            var tags = await db.BankQuestions.Where(q => q.CourseId == courseId).Select(q => new { q.CategoryId, q.Tags }).ToListAsync(ct);
            quiz.Publish(tags.GroupBy(q => q.CategoryId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<ValueList<string>>)g.Select(q => q.Tags).ToList()), now);
        }, ct);

    public Task<Guid> UnpublishAsync(Actor editor, int courseId, int quizId, Guid version, CancellationToken ct = default) =>
        MutateAsync(editor, courseId, quizId, version, (_, quiz, now) =>
        {
            quiz.Unpublish(now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// Deletes a draft quiz and its slots. Only drafts (a published quiz may be in officials' hands), and only one no official
    /// has attempted (it may have been published, taken, then unpublished): <see cref="InUseMessage"/>.
    /// </summary>
    public async Task DeleteAsync(Actor editor, int courseId, int quizId, Guid version, CancellationToken ct = default)
    {
        try
        {
            await MutateAsync(editor, courseId, quizId, version, async (db, quiz, _) =>
            {
                quiz.DemandDeletable();
                // Attempts go with their quiz (cascade): a quiz officials have taken, then unpublished, keeps their work.
                if (await db.QuizAttempts.AnyAsync(a => a.QuizId == quiz.Id, ct)) throw new DomainException(InUseMessage);
                db.Quizzes.Remove(quiz);
            }, ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // A row that refers to the quiz without cascading kept it.
            throw new DomainException(InUseMessage);
        }
        logger.LogInformation("Quiz {Quiz} of course {Course} deleted by {User}", quizId, courseId, editor.UserId);
    }

    /// <summary>
    /// Loads the course's quiz, checks the person may edit the course and that the quiz is still the version they saw,
    /// applies the change and saves, in one transaction. Returns the quiz's new version.
    /// </summary>
    private async Task<Guid> MutateAsync(Actor editor, int courseId, int quizId, Guid version,
        Func<LearningDbContext, Quiz, DateTimeOffset, Task> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var course = await CourseAsync(db, courseId, ct) ?? throw new DomainException(CourseNotFoundMessage);
                CourseAccess.DemandEdit(editor, course.Trainers);
                var quiz = await db.Quizzes.Include(q => q.Slots).SingleOrDefaultAsync(q => q.Id == quizId && q.CourseId == courseId, ct)
                    ?? throw new DomainException(NotFoundMessage);
                if (quiz.RowVersion != version) throw new DomainException(ConflictMessage);
                var positions = quiz.Slots.ToDictionary(s => s, s => s.Position);
                await change(db, quiz, clock.GetUtcNow());
                await SavePositionsAsync(db, quiz, positions, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return quiz.RowVersion;
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            // The quiz changed between reading it and saving it (its RowVersion is a concurrency token).
            throw new DomainException(ConflictMessage);
        }
    }

    /// <summary>
    /// Slot positions are unique per quiz and SQLite checks that row by row, so a reorder (1↔2) would collide halfway.
    /// When positions moved, the kept slots first step aside to negative positions (minus their id), then every kept slot is written.
    /// </summary>
    private static async Task SavePositionsAsync(LearningDbContext db, Quiz quiz, Dictionary<QuizSlot, int> before, CancellationToken ct)
    {
        var kept = quiz.Slots.Where(before.ContainsKey).ToList();
        if (kept.All(s => s.Position == before[s])) return;
        var ids = kept.Select(s => s.Id).ToList();
        await db.QuizSlots.Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.Position, s => -s.Id), ct);
        foreach (var slot in kept)
        {
            // What the row holds now, so EF orders nothing by the old positions (a swap would look like a cycle).
            var position = db.Entry(slot).Property(s => s.Position);
            position.OriginalValue = -slot.Id;
            position.IsModified = true;
        }
    }

    private static QuizSlot SlotOf(Quiz quiz, int slotId) =>
        quiz.Slots.FirstOrDefault(s => s.Id == slotId) ?? throw new DomainException(SlotNotFoundMessage);

    private static DomainException OnePerCourse(QuizPurpose purpose) =>
        new($"Kursus ini sudah punya {QuizLabels.Purpose(purpose)}; satu kursus hanya punya satu {QuizLabels.Purpose(purpose)}. Buat kuis latihan, atau ubah yang sudah ada.");

    private sealed record CourseKey(int Id, string Title, bool FromContent, int PassingScore, List<string> Trainers);

    private static Task<CourseKey?> CourseAsync(LearningDbContext db, int courseId, CancellationToken ct) =>
        db.Courses.Where(c => c.Id == courseId)
            .Select(c => new CourseKey(c.Id, c.Title, c.FromContent, c.PassingScore, c.Trainers.Select(t => t.UserId).ToList()))
            .SingleOrDefaultAsync(ct);
}
