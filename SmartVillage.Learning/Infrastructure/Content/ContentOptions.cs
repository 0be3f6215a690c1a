namespace SmartVillage.Learning.Infrastructure.Content;

/// <summary>Where curricula and reference data are read from (configuration section "Content").</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Folder of content; relative paths are taken from the app's own folder, where the build copies content/.</summary>
    public string Path { get; set; } = "content";

    public string Root => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}
