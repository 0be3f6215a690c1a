namespace SmartVillage.Domain.Catalog;

/// <summary>A modul: an ordered group of lessons within a course.</summary>
public sealed class Module
{
    private Module() { }

    internal Module(string title, int position)
    {
        Rename(title);
        Position = position;
    }

    public int Id { get; private set; }
    public int CourseId { get; private set; }
    public string Title { get; private set; } = "";
    public int Position { get; internal set; }

    public void Rename(string title) =>
        Title = string.IsNullOrWhiteSpace(title) ? throw new DomainException("Judul modul wajib diisi.") : title.Trim();
}
