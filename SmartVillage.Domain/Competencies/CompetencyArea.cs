namespace SmartVillage.Domain.Competencies;

/// <summary>
/// An area of the competency framework (content/competencies.yml), with the indicators that describe each
/// level. Owned by the content import: edited in the file, never in the app.
/// </summary>
public sealed class CompetencyArea
{
    private CompetencyArea() { }

    public CompetencyArea(string code, string title, string summary, int position,
        IReadOnlyList<string> basic, IReadOnlyList<string> intermediate, IReadOnlyList<string> advanced)
    {
        Code = string.IsNullOrWhiteSpace(code) ? throw new DomainException("Kode area kompetensi wajib diisi.") : code.Trim();
        Describe(title, summary, position, basic, intermediate, advanced);
    }

    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";

    /// <summary>Order in the file, which is the order reports show.</summary>
    public int Position { get; private set; }

    public List<string> BasicIndicators { get; private set; } = [];
    public List<string> IntermediateIndicators { get; private set; } = [];
    public List<string> AdvancedIndicators { get; private set; } = [];

    public IReadOnlyList<string> IndicatorsFor(CompetencyLevel level) => level switch
    {
        CompetencyLevel.Basic => BasicIndicators,
        CompetencyLevel.Intermediate => IntermediateIndicators,
        _ => AdvancedIndicators,
    };

    /// <summary>Returns false (and changes nothing) when the area already says this.</summary>
    public bool Describe(string title, string summary, int position, IReadOnlyList<string> basic, IReadOnlyList<string> intermediate, IReadOnlyList<string> advanced)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Nama area kompetensi wajib diisi.");
        if (Title == title.Trim() && Summary == summary.Trim() && Position == position && BasicIndicators.SequenceEqual(basic)
            && IntermediateIndicators.SequenceEqual(intermediate) && AdvancedIndicators.SequenceEqual(advanced))
            return false;
        Title = title.Trim();
        Summary = summary.Trim();
        Position = position;
        BasicIndicators = [.. basic];
        IntermediateIndicators = [.. intermediate];
        AdvancedIndicators = [.. advanced];
        return true;
    }
}
