using System.Security.Cryptography;
using System.Text;

namespace SmartVillage.Domain.Catalog;

/// <summary>A materi: one page of Markdown that an official reads and marks complete.</summary>
public sealed class Lesson
{
    private Lesson() { }

    internal Lesson(Module module, string slug, string title, int minutes, string markdown, int position)
    {
        if (!Catalog.Slug.IsValid(slug)) throw new DomainException($"Nama alamat materi \"{slug}\" hanya boleh huruf kecil, angka, dan tanda hubung.");
        Slug = slug;
        Module = module;
        Position = position;
        Edit(title, minutes, markdown);
    }

    public int Id { get; private set; }
    public int CourseId { get; private set; }
    public int ModuleId { get; private set; }
    public Module? Module { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public int Minutes { get; private set; }
    public string Markdown { get; private set; } = "";

    /// <summary>SHA-256 of the text, so an import can tell an unchanged lesson from an edited one.</summary>
    public string ContentHash { get; private set; } = "";

    public int Position { get; internal set; }

    /// <summary>Edits text in place: the lesson keeps its identity, so learners keep their progress on it.</summary>
    public bool Edit(string title, int minutes, string markdown)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Judul materi wajib diisi.");
        if (minutes is < 1 or > 600) throw new DomainException("Lama baca materi antara 1 dan 600 menit.");
        var hash = Hash(title.Trim() + "\n" + minutes + "\n" + markdown);
        if (hash == ContentHash) return false;
        Title = title.Trim();
        Minutes = minutes;
        Markdown = markdown;
        ContentHash = hash;
        return true;
    }

    public void MoveTo(Module module) => MoveTo(module, Position);

    internal void MoveTo(Module module, int position)
    {
        Module = module;
        ModuleId = module.Id;
        Position = position;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
