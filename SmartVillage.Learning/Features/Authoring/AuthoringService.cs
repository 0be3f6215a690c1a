using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Authoring;

/// <summary>
/// Pak Hendra's use cases: write a course, its modules and lessons, publish it, share it with co-trainers
/// and enrol a cohort. Every call checks <see cref="CourseAccess"/> against the course in the database,
/// whatever page it comes from. Lessons are edited in place, so learners keep their progress.
/// </summary>
public sealed class AuthoringService(
    IDbContextFactory<LearningDbContext> dbFactory,
    IValidator<CourseForm> courseValidator,
    IValidator<LessonForm> lessonValidator,
    TimeProvider clock)
{
    public const string StaleMessage = "Kursus ini baru saja diubah oleh pelatih lain; muat ulang lalu simpan lagi.";
    public const string NotFoundMessage = "Kursus tidak ditemukan; mungkin sudah dihapus.";

    // ---- Reading ----

    /// <summary>Courses the person trains (drafts included); an admin sees every course.</summary>
    public async Task<IReadOnlyList<AuthoredCourse>> MyCoursesAsync(Actor editor, CancellationToken ct = default)
    {
        CourseAccess.DemandCreate(editor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var courses = db.Courses.AsQueryable();
        if (!editor.IsAdmin) courses = courses.Where(c => c.Trainers.Any(t => t.UserId == editor.UserId));
        var rows = await courses
            .Select(c => new AuthoredCourse(c.Id, c.Slug, c.Title, c.TrackCode, c.Status, c.Lessons.Count(),
                c.Trainers.Any(t => t.UserId == editor.UserId && t.IsOwner), c.FromContent, c.UpdatedAt))
            .ToListAsync(ct);
        // SQLite cannot order by DateTimeOffset; a trainer's list is short.
        return rows.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Title).ToList();
    }

    public async Task<IReadOnlyList<TrackOption>> TracksAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Tracks.OrderBy(t => t.Code).Select(t => new TrackOption(t.Code, t.Title)).ToListAsync(ct);
    }

    /// <summary>Everything the course editor shows; null when there is no such course; refused when the person does not train it.</summary>
    public async Task<CourseEditorView?> CourseAsync(int courseId, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await LoadAsync(db, courseId, tracking: false, ct);
        if (course is null) return null;
        CourseAccess.DemandEdit(editor, course);

        var trainerIds = course.Trainers.Select(t => t.UserId).ToList();
        var people = await db.Users.Where(u => trainerIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.Email }).ToDictionaryAsync(u => u.Id, ct);
        var enrolled = await db.Enrollments.CountAsync(e => e.CourseId == courseId, ct);

        var modules = course.Modules.OrderBy(m => m.Position).Select(m => new ModuleView(m.Id, m.Title, m.Position,
            course.Lessons.Where(l => l.ModuleId == m.Id).OrderBy(l => l.Position)
                .Select(l => new LessonRow(l.Id, l.ModuleId, l.Slug, l.Title, l.Minutes, l.Position)).ToList())).ToList();
        var trainers = course.Trainers.OrderByDescending(t => t.IsOwner)
            .Select(t => new TrainerView(t.UserId, people.TryGetValue(t.UserId, out var p) ? p.FullName : "?", p?.Email, t.IsOwner))
            .ToList();
        return new CourseEditorView(course.Id, course.Slug, course.Status, course.FromContent, course.PublishedAt,
            DetailsOf(course), modules, trainers, enrolled);
    }

    public async Task<LessonEditorView?> LessonAsync(int courseId, int lessonId, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await LoadAsync(db, courseId, tracking: false, ct);
        if (course is null) return null;
        CourseAccess.DemandEdit(editor, course);
        var lesson = course.Lessons.FirstOrDefault(l => l.Id == lessonId);
        if (lesson is null) return null;
        return new LessonEditorView(course.Id, course.Title, course.Slug, course.FromContent, lesson.Id, lesson.Slug,
            new LessonForm { Title = lesson.Title, Minutes = lesson.Minutes, Markdown = lesson.Markdown, ModuleId = lesson.ModuleId },
            course.Modules.OrderBy(m => m.Position).Select(m => new ModuleOption(m.Id, m.Title)).ToList());
    }

    // ---- The course ----

    /// <summary>Creates a draft course; the person who creates it becomes its owner. Returns its id.</summary>
    public async Task<int> CreateCourseAsync(CourseForm form, Actor editor, CancellationToken ct = default)
    {
        CourseAccess.DemandCreate(editor);
        await ValidateAsync(courseValidator, form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slug = form.Slug.Trim();
        if (await db.Courses.AnyAsync(c => c.Slug == slug, ct)) throw SlugTaken(slug);
        if (!await db.Tracks.AnyAsync(t => t.Code == form.TrackCode, ct)) throw new DomainException("Pilih jalur yang ada.");

        var now = clock.GetUtcNow();
        var course = new Course(slug, form.Title, form.TrackCode, editor.UserId, now);
        course.Describe(form.Title, form.TrackCode, form.Summary, form.Level, form.LessonHours, form.PassingScore, form.CompetencyCodes, now);
        db.Courses.Add(course);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await SlugExistsAsync(slug, ct)) throw SlugTaken(slug);
            throw;
        }
        return course.Id;
    }

    /// <summary>
    /// Saves what the catalog shows. <see cref="CourseForm.RowVersion"/> is the version the form was loaded
    /// with: when another trainer saved in between, nothing is saved and the person is told to reload.
    /// Returns the new version.
    /// </summary>
    public async Task<Guid> UpdateDetailsAsync(int courseId, CourseForm form, Actor editor, CancellationToken ct = default)
    {
        await ValidateAsync(courseValidator, form, ct);
        return await MutateAsync<Guid>(courseId, editor, async (db, course, now) =>
        {
            if (!await db.Tracks.AnyAsync(t => t.Code == form.TrackCode, ct)) throw new DomainException("Pilih jalur yang ada.");
            course.Describe(form.Title, form.TrackCode, form.Summary, form.Level, form.LessonHours, form.PassingScore, form.CompetencyCodes, now);
            return () => course.RowVersion;
        }, ct, expectedVersion: form.RowVersion);
    }

    public Task PublishAsync(int courseId, Actor editor, CancellationToken ct = default) =>
        MutateAsync(courseId, editor, (_, course, now) => Done(() => course.Publish(now)), ct);

    public Task UnpublishAsync(int courseId, Actor editor, CancellationToken ct = default) =>
        MutateAsync(courseId, editor, (_, course, now) => Done(() => course.Unpublish(now)), ct);

    // ---- Modules and lessons ----

    public Task<int> AddModuleAsync(int courseId, string title, Actor editor, CancellationToken ct = default) =>
        MutateAsync(courseId, editor, (_, course, _) =>
        {
            if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Judul modul wajib diisi.");
            if (course.Modules.Any(m => string.Equals(m.Title, title.Trim(), StringComparison.OrdinalIgnoreCase)))
                throw new DomainException($"Modul \"{title.Trim()}\" sudah ada di kursus ini.");
            var module = course.AddModule(title);
            return Task.FromResult<Func<int>>(() => module.Id);
        }, ct);

    public Task RenameModuleAsync(int courseId, int moduleId, string title, Actor editor, CancellationToken ct = default) =>
        MutateAsync(courseId, editor, (_, course, _) => Done(() => ModuleOf(course, moduleId).Rename(title)), ct);

    /// <summary>Adds a lesson at the end of its module; returns its id.</summary>
    public async Task<int> AddLessonAsync(int courseId, LessonForm form, Actor editor, CancellationToken ct = default)
    {
        await ValidateAsync(lessonValidator, form, ct);
        return await MutateAsync(courseId, editor, (_, course, now) =>
        {
            var module = form.ModuleId is { } id ? ModuleOf(course, id)
                : course.Modules.OrderBy(m => m.Position).LastOrDefault() ?? course.AddModule("Modul 1");
            var lesson = course.AddLesson(module, UniqueLessonSlug(course, form.Title), form.Title, form.Minutes, form.Markdown, now);
            return Task.FromResult<Func<int>>(() => lesson.Id);
        }, ct);
    }

    /// <summary>Edits a lesson in place: same id, so officials who completed it keep that completion.</summary>
    public async Task EditLessonAsync(int courseId, int lessonId, LessonForm form, Actor editor, CancellationToken ct = default)
    {
        await ValidateAsync(lessonValidator, form, ct);
        await MutateAsync(courseId, editor, (_, course, now) => Done(() =>
        {
            var lesson = LessonOf(course, lessonId);
            lesson.Edit(form.Title, form.Minutes, form.Markdown);
            if (form.ModuleId is { } moduleId && moduleId != lesson.ModuleId)
                course.MoveLessonToModule(lesson, ModuleOf(course, moduleId), now);
        }), ct);
    }

    /// <summary>Removes a lesson; its completions go with it, and "continue" stops pointing at it.</summary>
    public Task RemoveLessonAsync(int courseId, int lessonId, Actor editor, CancellationToken ct = default) =>
        MutateAsync<int>(courseId, editor, async (db, course, now) =>
        {
            var lesson = LessonOf(course, lessonId);
            // No database cascade for this pointer (see EnrollmentConfiguration): clear it in the same transaction.
            await db.Enrollments.Where(e => e.LastLessonId == lessonId)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.LastLessonId, (int?)null), ct);
            course.RemoveLesson(lesson, now);
            return () => 0;
        }, ct);

    /// <summary>Moves a lesson one place up (direction &lt; 0) or down (&gt; 0) in reading order.</summary>
    public Task MoveLessonAsync(int courseId, int lessonId, int direction, Actor editor, CancellationToken ct = default) =>
        MutateAsync(courseId, editor, (_, course, now) => Done(() => course.MoveLesson(LessonOf(course, lessonId), direction, now)), ct);

    // ---- Co-trainers ----

    public Task AddCoTrainerAsync(int courseId, string email, Actor editor, CancellationToken ct = default) =>
        MutateAsync<int>(courseId, editor, async (db, course, _) =>
        {
            var normalized = (email ?? "").Trim().ToUpperInvariant();
            if (normalized.Length == 0) throw new DomainException("Isi email pelatih.");
            var trainer = await db.Users
                .Where(u => u.NormalizedEmail == normalized
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Trainer)))
                .Select(u => u.Id).FirstOrDefaultAsync(ct)
                ?? throw new DomainException($"Tidak ada pelatih dengan email {email!.Trim()}. Hanya akun berperan Pelatih yang dapat menjadi pelatih pendamping.");
            if (course.IsTrainer(trainer)) throw new DomainException("Orang ini sudah menjadi pelatih kursus ini.");
            course.AddTrainer(trainer);
            return () => 0;
        }, ct);

    public Task RemoveCoTrainerAsync(int courseId, string userId, Actor editor, CancellationToken ct = default) =>
        MutateAsync(courseId, editor, (_, course, _) => Done(() => course.RemoveTrainer(userId)), ct);

    // ---- Cohort enrolment ----

    /// <summary>How many officials the filter takes, and how many of them are already enrolled.</summary>
    public async Task<CohortPreview> PreviewCohortAsync(int courseId, CohortFilter filter, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandEditAsync(db, courseId, editor, ct);
        var officials = CohortQuery.Officials(db, filter);
        var matching = await officials.CountAsync(ct);
        var enrolled = await officials.CountAsync(u => db.Enrollments.Any(e => e.CourseId == courseId && e.UserId == u.Id), ct);
        return new CohortPreview(matching, enrolled);
    }

    /// <summary>Enrols every matching official not yet enrolled, all in one transaction; returns how many were enrolled now.</summary>
    public async Task<int> EnrollCohortAsync(int courseId, CohortFilter filter, Actor editor, CancellationToken ct = default)
    {
        if (filter.IsEmpty) throw new DomainException("Pilih paling sedikit wilayah atau jabatan peserta.");
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var strategy = db.Database.CreateExecutionStrategy();
            try
            {
                return await strategy.ExecuteAsync(async () =>
                {
                    await using var tx = await db.Database.BeginTransactionAsync(ct);
                    var status = await DemandEditAsync(db, courseId, editor, ct);
                    if (status != CourseStatus.Published)
                        throw new DomainException("Terbitkan kursus lebih dulu; aparatur hanya dapat belajar di kursus yang sudah terbit.");
                    var now = clock.GetUtcNow();
                    var newcomers = await CohortQuery.Officials(db, filter)
                        .Where(u => !db.Enrollments.Any(e => e.CourseId == courseId && e.UserId == u.Id))
                        .Select(u => u.Id).ToListAsync(ct);
                    db.Enrollments.AddRange(newcomers.Select(id => new Enrollment(courseId, id, EnrollmentSource.Cohort, editor.UserId, now)));
                    await db.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                    return newcomers.Count;
                });
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // An official enrolled themselves meanwhile (unique index): count again from the start.
            }
        }
    }

    // ---- Helpers ----

    private async Task<CourseStatus> DemandEditAsync(LearningDbContext db, int courseId, Actor editor, CancellationToken ct)
    {
        var course = await db.Courses.Where(c => c.Id == courseId)
            .Select(c => new { c.Status, Trainers = c.Trainers.Select(t => t.UserId).ToList() })
            .SingleOrDefaultAsync(ct) ?? throw new DomainException(NotFoundMessage);
        CourseAccess.DemandEdit(editor, course.Trainers);
        return course.Status;
    }

    /// <summary>
    /// Loads the course, checks the person may edit it, applies the change and saves, all in one transaction.
    /// A concurrent save by someone else (the RowVersion token) refuses instead of overwriting.
    /// </summary>
    private async Task<T> MutateAsync<T>(int courseId, Actor editor,
        Func<LearningDbContext, Course, DateTimeOffset, Task<Func<T>>> change, CancellationToken ct, Guid? expectedVersion = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var course = await LoadAsync(db, courseId, tracking: true, ct) ?? throw new DomainException(NotFoundMessage);
                CourseAccess.DemandEdit(editor, course);
                if (expectedVersion is { } version)
                {
                    if (course.RowVersion != version) throw new DomainException(StaleMessage);
                    db.Entry(course).Property(c => c.RowVersion).OriginalValue = version;
                }
                var result = await change(db, course, clock.GetUtcNow());
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result();
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(StaleMessage);
        }
    }

    private static Task<Func<int>> Done(Action action)
    {
        action();
        return Task.FromResult<Func<int>>(() => 0);
    }

    private static async Task<Course?> LoadAsync(LearningDbContext db, int courseId, bool tracking, CancellationToken ct)
    {
        var query = db.Courses.Where(c => c.Id == courseId)
            .Include(c => c.Modules).Include(c => c.Lessons).ThenInclude(l => l.Module).Include(c => c.Trainers)
            .AsSplitQuery();
        return await (tracking ? query : query.AsNoTrackingWithIdentityResolution()).SingleOrDefaultAsync(ct);
    }

    private static Module ModuleOf(Course course, int moduleId) =>
        course.Modules.FirstOrDefault(m => m.Id == moduleId) ?? throw new DomainException("Modul tidak ditemukan di kursus ini.");

    private static Lesson LessonOf(Course course, int lessonId) =>
        course.Lessons.FirstOrDefault(l => l.Id == lessonId) ?? throw new DomainException("Materi tidak ditemukan di kursus ini; mungkin sudah dihapus.");

    private static string UniqueLessonSlug(Course course, string title)
    {
        var stem = Slug.From(title);
        if (stem.Length == 0) stem = "materi";
        if (stem.Length > 72) stem = stem[..72].TrimEnd('-');
        var slug = stem;
        for (var n = 2; course.Lessons.Any(l => l.Slug == slug); n++) slug = $"{stem}-{n}";
        return slug;
    }

    private static CourseForm DetailsOf(Course course) => new()
    {
        Title = course.Title,
        Slug = course.Slug,
        TrackCode = course.TrackCode,
        Summary = course.Summary,
        Level = course.Level,
        LessonHours = course.LessonHours,
        PassingScore = course.PassingScore,
        Competencies = string.Join(", ", course.CompetencyCodes),
        RowVersion = course.RowVersion,
    };

    private async Task<bool> SlugExistsAsync(string slug, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Courses.AnyAsync(c => c.Slug == slug, ct);
    }

    private static DomainException SlugTaken(string slug) =>
        new($"Alamat \"{slug}\" sudah dipakai kursus lain; ubah alamatnya, misalnya dengan menambahkan nama kabupaten atau tahun.");

    private static async Task ValidateAsync<T>(IValidator<T> validator, T form, CancellationToken ct)
    {
        await validator.DemandValidAsync(form, ct);
    }
}
