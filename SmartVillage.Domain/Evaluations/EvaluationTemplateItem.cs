namespace SmartVillage.Domain.Evaluations;

/// <summary>One statement or open question of a template version, in its section and place.</summary>
public sealed class EvaluationTemplateItem
{
    public const int TextMaxLength = 300;

    private EvaluationTemplateItem() { }

    internal EvaluationTemplateItem(int position, EvaluationSection section, EvaluationItemKind kind, string text)
    {
        if (!Enum.IsDefined(section)) throw new DomainException("Pilih bagian: penyelenggaraan atau pengajar.");
        if (!Enum.IsDefined(kind)) throw new DomainException("Pilih jenis butir: skala atau pertanyaan terbuka.");
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) throw new DomainException($"Butir nomor {position} belum berisi teks.");
        if (trimmed.Length > TextMaxLength) throw new DomainException($"Butir nomor {position} paling panjang {TextMaxLength} karakter.");
        Position = position;
        Section = section;
        Kind = kind;
        Text = trimmed;
    }

    public int Id { get; private set; }
    public int TemplateId { get; private set; }
    public int Position { get; private set; }
    public EvaluationSection Section { get; private set; }
    public EvaluationItemKind Kind { get; private set; }
    public string Text { get; private set; } = "";
}

/// <summary>An item as typed into a template (or read from content/evaluations).</summary>
public sealed record TemplateItemDraft(EvaluationSection Section, EvaluationItemKind Kind, string Text);
