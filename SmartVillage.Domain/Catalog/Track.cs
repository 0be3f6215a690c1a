namespace SmartVillage.Domain.Catalog;

/// <summary>A jalur: Manajemen Proyek (MP), Teknologi Digital (TD), Komunikasi Efektif (KE).</summary>
public sealed class Track
{
    private Track() { }

    public Track(string code, string title, string summary)
    {
        Code = string.IsNullOrWhiteSpace(code) ? throw new DomainException("Kode jalur wajib diisi.") : code.Trim().ToUpperInvariant();
        Update(title, summary);
    }

    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";

    public void Update(string title, string summary)
    {
        Title = string.IsNullOrWhiteSpace(title) ? throw new DomainException("Nama jalur wajib diisi.") : title.Trim();
        Summary = summary?.Trim() ?? "";
    }
}
