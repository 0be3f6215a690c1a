namespace SmartVillage.Domain.Evaluations;

/// <summary>
/// One version of a province evaluation template (e.g. "bimtek" version 3). A version never changes once saved: a change
/// is a new version with the same key, so an evaluation built from version 2 keeps version 2's statements and its
/// answers keep their meaning; new evaluations are built from the newest version.
/// </summary>
public sealed class EvaluationTemplate
{
    public const int MaxItems = 40;
    public const int TitleMaxLength = 150;

    private readonly List<EvaluationTemplateItem> _items = [];

    private EvaluationTemplate() { }

    private EvaluationTemplate(string key, int version, string title, int scale, IReadOnlyList<TemplateItemDraft> items, string? createdById, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new DomainException("Templat evaluasi harus punya kunci.");
        var trimmedTitle = title?.Trim() ?? "";
        if (trimmedTitle.Length == 0) throw new DomainException("Judul templat evaluasi wajib diisi.");
        if (trimmedTitle.Length > TitleMaxLength) throw new DomainException($"Judul templat paling panjang {TitleMaxLength} karakter.");
        LikertScale.Demand(scale);
        if (items.Count == 0 || !items.Any(i => i.Kind == EvaluationItemKind.Likert))
            throw new DomainException("Templat evaluasi perlu paling sedikit satu pernyataan berskala.");
        if (items.Count > MaxItems) throw new DomainException($"Templat evaluasi paling banyak {MaxItems} butir, agar dapat diisi di ponsel dalam dua menit.");
        Key = key.Trim();
        Version = version;
        Title = trimmedTitle;
        Scale = scale;
        CreatedById = createdById;
        CreatedAt = now;
        for (var i = 0; i < items.Count; i++) _items.Add(new EvaluationTemplateItem(i + 1, items[i].Section, items[i].Kind, items[i].Text));
    }

    /// <summary>The first version of a template.</summary>
    public static EvaluationTemplate First(string key, string title, int scale, IReadOnlyList<TemplateItemDraft> items, string? createdById, DateTimeOffset now) =>
        new(key, 1, title, scale, items, createdById, now);

    public int Id { get; private set; }

    /// <summary>What the versions of one template share: "bimtek", "kursus".</summary>
    public string Key { get; private set; } = "";

    public int Version { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>4 or 5: the highest score of every statement.</summary>
    public int Scale { get; private set; }

    public string? CreatedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<EvaluationTemplateItem> Items => _items;

    public IEnumerable<EvaluationTemplateItem> ItemsInOrder => _items.OrderBy(i => i.Position);

    /// <summary>The next version of this template with the items as now written; this version stays as it was.</summary>
    public EvaluationTemplate Revise(string title, int scale, IReadOnlyList<TemplateItemDraft> items, string? createdById, DateTimeOffset now) =>
        new(Key, Version + 1, title, scale, items, createdById, now);

    public IReadOnlyList<TemplateItemDraft> Drafts() => ItemsInOrder.Select(i => new TemplateItemDraft(i.Section, i.Kind, i.Text)).ToList();
}
