namespace SmartVillage.Domain.Catalog;

/// <summary>
/// A kursus: modules of lessons in one track, written by its trainers. Lessons keep their identity
/// through edits and re-imports, so what officials completed stays completed.
/// </summary>
public sealed class Course
{
    private readonly List<Module> _modules = [];
    private readonly List<Lesson> _lessons = [];
    private readonly List<CourseTrainer> _trainers = [];

    private Course() { }

    public Course(string slug, string title, string trackCode, string? ownerId, DateTimeOffset now)
    {
        if (!Catalog.Slug.IsValid(slug)) throw new DomainException($"Alamat kursus \"{slug}\" hanya boleh huruf kecil, angka, dan tanda hubung.");
        Slug = slug;
        Title = title.Trim();
        TrackCode = trackCode;
        CreatedAt = now;
        UpdatedAt = now;
        if (ownerId is not null) _trainers.Add(new CourseTrainer(ownerId, isOwner: true));
    }

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string TrackCode { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public CourseLevel Level { get; private set; } = CourseLevel.Basic;

    /// <summary>JP: 45-minute teaching hours that a certificate states.</summary>
    public int LessonHours { get; private set; } = 2;

    public int PassingScore { get; private set; } = 70;

    /// <summary>Codes of the competencies this course builds, comma-separated.</summary>
    public string Competencies { get; private set; } = "";

    public int Version { get; private set; } = 1;
    public CourseStatus Status { get; private set; } = CourseStatus.Draft;

    /// <summary>Set for courses that live in content/: the content import owns their text.</summary>
    public bool FromContent { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Concurrency token: two trainers saving at once do not overwrite each other silently.</summary>
    public Guid RowVersion { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<Module> Modules => _modules;
    public IReadOnlyList<Lesson> Lessons => _lessons;
    public IReadOnlyList<CourseTrainer> Trainers => _trainers;

    public IEnumerable<Lesson> LessonsInOrder =>
        _lessons.OrderBy(l => l.Module!.Position).ThenBy(l => l.Position);

    /// <summary>Sets what the catalog shows; returns false (and changes nothing) when it already says this.</summary>
    public bool Describe(string title, string trackCode, string summary, CourseLevel level, int lessonHours, int passingScore,
        IEnumerable<string> competencies, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Judul kursus wajib diisi.");
        if (lessonHours is < 1 or > 200) throw new DomainException("JP kursus antara 1 dan 200.");
        if (passingScore is < 0 or > 100) throw new DomainException("Nilai lulus antara 0 dan 100.");
        var competencyList = string.Join(',', competencies.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct());
        if (Title == title.Trim() && TrackCode == trackCode && Summary == summary.Trim() && Level == level
            && LessonHours == lessonHours && PassingScore == passingScore && Competencies == competencyList)
            return false;
        Title = title.Trim();
        TrackCode = trackCode;
        Summary = summary.Trim();
        Level = level;
        LessonHours = lessonHours;
        PassingScore = passingScore;
        Competencies = competencyList;
        Touch(now);
        return true;
    }

    public IReadOnlyList<string> CompetencyCodes => Competencies.Length == 0 ? [] : Competencies.Split(',');

    public void MarkFromContent(int version)
    {
        FromContent = true;
        Version = version;
    }

    /// <summary>Removes modules left without lessons (after a re-import or a move).</summary>
    public void DropEmptyModules() => _modules.RemoveAll(m => _lessons.All(l => l.Module != m));

    public bool IsTrainer(string userId) => _trainers.Any(t => t.UserId == userId);

    public void AddTrainer(string userId)
    {
        if (!IsTrainer(userId)) _trainers.Add(new CourseTrainer(userId, isOwner: _trainers.Count == 0));
    }

    public void RemoveTrainer(string userId)
    {
        var trainer = _trainers.FirstOrDefault(t => t.UserId == userId);
        if (trainer is null) return;
        if (trainer.IsOwner) throw new DomainException("Pemilik kursus tidak dapat dihapus dari daftar pelatih.");
        _trainers.Remove(trainer);
    }

    public Module AddModule(string title)
    {
        var module = new Module(title, _modules.Count == 0 ? 1 : _modules.Max(m => m.Position) + 1);
        _modules.Add(module);
        return module;
    }

    public Module ModuleTitled(string title) =>
        _modules.FirstOrDefault(m => string.Equals(m.Title, title.Trim(), StringComparison.OrdinalIgnoreCase)) ?? AddModule(title);

    public Lesson AddLesson(Module module, string slug, string title, int minutes, string markdown, DateTimeOffset now)
    {
        if (!_modules.Contains(module)) throw new DomainException("Modul bukan bagian dari kursus ini.");
        if (_lessons.Any(l => l.Slug == slug)) throw new DomainException($"Materi dengan alamat \"{slug}\" sudah ada di kursus ini.");
        var position = _lessons.Where(l => l.Module == module).Select(l => l.Position).DefaultIfEmpty(0).Max() + 1;
        var lesson = new Lesson(module, slug, title, minutes, markdown, position);
        _lessons.Add(lesson);
        Touch(now);
        return lesson;
    }

    public void RemoveLesson(Lesson lesson, DateTimeOffset now)
    {
        _lessons.Remove(lesson);
        Touch(now);
    }

    /// <summary>Moves a lesson one place up (-1) or down (+1) in reading order, across module boundaries.</summary>
    public void MoveLesson(Lesson lesson, int direction, DateTimeOffset now)
    {
        var order = LessonsInOrder.ToList();
        var index = order.IndexOf(lesson);
        var target = index + Math.Sign(direction);
        if (index < 0 || target < 0 || target >= order.Count) return;
        var other = order[target];
        if (other.Module == lesson.Module)
        {
            (lesson.Position, other.Position) = (other.Position, lesson.Position);
        }
        else
        {
            // Crossing into the neighbouring module: first or last place there.
            var module = other.Module!;
            var siblings = _lessons.Where(l => l.Module == module).ToList();
            var position = direction < 0 ? siblings.Max(l => l.Position) + 1 : siblings.Min(l => l.Position) - 1;
            lesson.MoveTo(module, position);
        }
        Touch(now);
    }

    /// <summary>Moves a lesson to the end of another module of this course; it keeps its identity, so learners keep their progress.</summary>
    public void MoveLessonToModule(Lesson lesson, Module module, DateTimeOffset now)
    {
        if (!_lessons.Contains(lesson)) throw new DomainException("Materi bukan bagian dari kursus ini.");
        if (!_modules.Contains(module)) throw new DomainException("Modul bukan bagian dari kursus ini.");
        if (lesson.Module == module) return;
        var position = _lessons.Where(l => l.Module == module).Select(l => l.Position).DefaultIfEmpty(0).Max() + 1;
        lesson.MoveTo(module, position);
        Touch(now);
    }

    /// <summary>Orders modules and lessons exactly as listed (used by the content import).</summary>
    public void ArrangeAs(IReadOnlyList<Lesson> lessonsInOrder)
    {
        foreach (var stale in _lessons.Except(lessonsInOrder).ToList()) _lessons.Remove(stale);
        var modulePosition = 0;
        foreach (var module in lessonsInOrder.Select(l => l.Module!).Distinct()) module.Position = ++modulePosition;
        foreach (var group in lessonsInOrder.GroupBy(l => l.Module))
        {
            var position = 0;
            foreach (var lesson in group) lesson.Position = ++position;
        }
    }

    public void Publish(DateTimeOffset now)
    {
        if (_lessons.Count == 0) throw new DomainException("Kursus belum punya materi; tambahkan paling sedikit satu materi sebelum menerbitkan.");
        if (string.IsNullOrWhiteSpace(Summary)) throw new DomainException("Isi ringkasan kursus sebelum menerbitkan; ringkasan tampil di katalog.");
        if (Status == CourseStatus.Published) return;
        Status = CourseStatus.Published;
        PublishedAt ??= now;
        Touch(now);
    }

    public void Unpublish(DateTimeOffset now)
    {
        Status = CourseStatus.Draft;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        RowVersion = Guid.NewGuid();
    }
}
