namespace SmartVillage.Domain.Assessments;

/// <summary>
/// A quiz of a course: a pre-test, a post-test or practice, made of slots that draw on the course's bank.
/// A published quiz has at least one slot; while officials may be taking it, its questions are changed by
/// unpublishing first.
/// </summary>
public sealed class Quiz
{
    public const int TitleMaxLength = 200;

    private readonly List<QuizSlot> _slots = [];

    private Quiz() { }

    public Quiz(int courseId, string title, QuizPurpose purpose, QuizSettings settings, DateTimeOffset now)
    {
        CourseId = courseId;
        Purpose = purpose;
        Title = CheckTitle(title);
        Apply(settings);
        CreatedAt = now;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public int CourseId { get; private set; }
    public string Title { get; private set; } = "";
    public QuizPurpose Purpose { get; private set; }
    public int? TimeLimitMinutes { get; private set; }
    public int AttemptsAllowed { get; private set; }
    public GradingMethod GradingMethod { get; private set; }
    public bool ShuffleQuestions { get; private set; }
    public bool ShuffleChoices { get; private set; }
    public int PassingScore { get; private set; }
    public ReviewOptions Review { get; private set; }
    public DateTimeOffset? OpensAt { get; private set; }
    public DateTimeOffset? ClosesAt { get; private set; }
    public QuizStatus Status { get; private set; } = QuizStatus.Draft;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token: two trainers saving the same quiz at once do not overwrite each other silently.</summary>
    public Guid RowVersion { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<QuizSlot> Slots => _slots;

    public QuizSettings Settings => new(TimeLimitMinutes, AttemptsAllowed, GradingMethod, ShuffleQuestions, ShuffleChoices, PassingScore,
        Review, OpensAt, ClosesAt);

    public bool IsUnlimitedAttempts => AttemptsAllowed == 0;

    /// <summary>How many questions an attempt holds.</summary>
    public int QuestionCount => _slots.Sum(s => s.QuestionCount);

    /// <summary>Whether an official may start it at <paramref name="now"/>: published and within its dates.</summary>
    public bool IsOpenAt(DateTimeOffset now) =>
        Status == QuizStatus.Published && (OpensAt is null || now >= OpensAt) && (ClosesAt is null || now < ClosesAt);

    /// <summary>Changes title and settings; returns false (and changes nothing) when they already say this.</summary>
    public bool Configure(string title, QuizSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var checkedTitle = CheckTitle(title);
        settings.Check();
        if (Title == checkedTitle && Settings == settings) return false;
        Title = checkedTitle;
        Apply(settings);
        Touch(now);
        return true;
    }

    public QuizSlot AddQuestion(int questionId, DateTimeOffset now)
    {
        DemandDraft();
        if (_slots.Any(s => s.QuestionId == questionId)) throw new DomainException("Soal ini sudah ada di kuis.");
        var slot = QuizSlot.Fixed(NextPosition(), questionId);
        _slots.Add(slot);
        Touch(now);
        return slot;
    }

    public QuizSlot AddRandom(int categoryId, int count, DateTimeOffset now) => AddRandom(categoryId, count, [], now);

    /// <summary>Adds "N random questions from the category that carry all of <paramref name="tags"/>".</summary>
    public QuizSlot AddRandom(int categoryId, int count, IEnumerable<string> tags, DateTimeOffset now)
    {
        DemandDraft();
        var slot = QuizSlot.Random(NextPosition(), categoryId, count, tags);
        _slots.Add(slot);
        Touch(now);
        return slot;
    }

    public void RemoveSlot(QuizSlot slot, DateTimeOffset now)
    {
        DemandDraft();
        if (!_slots.Remove(slot)) return;
        var position = 0;
        foreach (var s in _slots.OrderBy(s => s.Position)) s.Position = ++position;
        Touch(now);
    }

    /// <summary>
    /// Moves a slot to <paramref name="position"/> (1-based, clamped to the quiz), shifting the others; the order officials
    /// meet the questions in when questions are not shuffled.
    /// </summary>
    public void MoveSlot(QuizSlot slot, int position, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        DemandDraft();
        if (!_slots.Contains(slot)) throw new DomainException("Soal itu tidak ada di kuis ini; muat ulang halaman.");
        var ordered = _slots.OrderBy(s => s.Position).ToList();
        var target = Math.Clamp(position, 1, ordered.Count);
        if (ordered.IndexOf(slot) == target - 1) return;
        ordered.Remove(slot);
        ordered.Insert(target - 1, slot);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i + 1;
        Touch(now);
    }

    public const string DeletePublishedMessage = "Kuis yang sudah terbit tidak dapat dihapus; tarik dulu dari peserta.";

    /// <summary>Only a draft may be deleted: a published quiz may already be in officials' hands.</summary>
    public void DemandDeletable()
    {
        if (Status == QuizStatus.Published) throw new DomainException(DeletePublishedMessage);
    }

    /// <summary>
    /// Makes the quiz exactly these questions in this order (the content import: a pre-test is its file).
    /// Returns false when it already is. Allowed on a published quiz because the file is the quiz's source.
    /// </summary>
    public bool UseQuestions(IReadOnlyList<int> questionIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(questionIds);
        if (questionIds.Distinct().Count() != questionIds.Count) throw new DomainException("Soal yang sama muncul dua kali di kuis.");
        var current = _slots.OrderBy(s => s.Position).ToList();
        if (current.Count == questionIds.Count && current.Select(s => s.QuestionId).SequenceEqual(questionIds.Select(id => (int?)id))) return false;
        if (Status == QuizStatus.Published && questionIds.Count == 0) throw new DomainException(NoSlotsMessage);
        _slots.Clear();
        var position = 0;
        foreach (var id in questionIds) _slots.Add(QuizSlot.Fixed(++position, id));
        Touch(now);
        return true;
    }

    public const string NoSlotsMessage = "Kuis belum punya soal; tambahkan paling sedikit satu soal sebelum menerbitkan.";

    /// <summary>
    /// Publishes. <paramref name="questionsPerCategory"/> is how many questions each category holds now: a
    /// random slot cannot ask for more than there are.
    /// </summary>
    public void Publish(IReadOnlyDictionary<int, int> questionsPerCategory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(questionsPerCategory);
        Publish(questionsPerCategory.ToDictionary(p => p.Key,
            p => (IReadOnlyList<ValueList<string>>)Enumerable.Repeat(ValueList<string>.Empty, p.Value).ToList()), now);
    }

    /// <summary>
    /// Publishes. <paramref name="questionTagsPerCategory"/> holds, per category, the tags of each question it holds now:
    /// a random slot cannot ask for more questions than carry its tags, nor the slots of one category for more than
    /// they can draw together.
    /// </summary>
    public void Publish(IReadOnlyDictionary<int, IReadOnlyList<ValueList<string>>> questionTagsPerCategory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(questionTagsPerCategory);
        if (_slots.Count == 0) throw new DomainException(NoSlotsMessage);
        // Two random slots on one category draw from the same pool.
        foreach (var group in _slots.Where(s => s.IsRandom).GroupBy(s => s.CategoryId!.Value))
        {
            var questions = questionTagsPerCategory.GetValueOrDefault(group.Key, []);
            foreach (var slot in group.Where(s => s.RandomTags.Count > 0))
            {
                var tagged = questions.Count(slot.Accepts);
                if (slot.RandomCount > tagged)
                    throw new DomainException($"Kuis meminta {slot.RandomCount} soal acak bertag {string.Join(", ", slot.RandomTags)}, tetapi kategorinya hanya berisi {tagged} soal bertag itu; kurangi jumlahnya atau beri tag pada soal lain.");
            }
            var wanted = group.Sum(s => s.RandomCount!.Value);
            var available = questions.Count(tags => group.Any(s => s.Accepts(tags)));
            if (wanted > available)
                throw new DomainException($"Kuis meminta {wanted} soal acak dari kategori yang hanya berisi {available} soal; kurangi jumlahnya atau tambah soal di kategori itu.");
        }
        if (Status == QuizStatus.Published) return;
        Status = QuizStatus.Published;
        Touch(now);
    }

    public void Unpublish(DateTimeOffset now)
    {
        if (Status == QuizStatus.Draft) return;
        Status = QuizStatus.Draft;
        Touch(now);
    }

    private void DemandDraft()
    {
        if (Status == QuizStatus.Published)
            throw new DomainException("Kuis sudah terbit; tarik dulu dari peserta sebelum mengubah soalnya.");
    }

    private int NextPosition() => _slots.Count == 0 ? 1 : _slots.Max(s => s.Position) + 1;

    private static string CheckTitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Judul kuis wajib diisi.");
        var trimmed = title.Trim();
        if (trimmed.Length > TitleMaxLength) throw new DomainException($"Judul kuis paling panjang {TitleMaxLength} karakter.");
        return trimmed;
    }

    private void Apply(QuizSettings settings)
    {
        settings.Check();
        TimeLimitMinutes = settings.TimeLimitMinutes;
        AttemptsAllowed = settings.AttemptsAllowed;
        GradingMethod = settings.GradingMethod;
        ShuffleQuestions = settings.ShuffleQuestions;
        ShuffleChoices = settings.ShuffleChoices;
        PassingScore = settings.PassingScore;
        Review = settings.Review;
        OpensAt = settings.OpensAt;
        ClosesAt = settings.ClosesAt;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        RowVersion = Guid.NewGuid();
    }
}
