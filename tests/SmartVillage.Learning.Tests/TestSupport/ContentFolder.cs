namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>A scratch copy of content/ (tracks and chosen courses) that a test may edit freely.</summary>
public sealed class ContentFolder : IDisposable
{
    public ContentFolder(params string[] courseSlugs)
    {
        Root = Path.Combine(Path.GetTempPath(), "smartvillage-content", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "courses"));
        File.Copy(Path.Combine(RepositoryPaths.Content, "tracks.yml"), Path.Combine(Root, "tracks.yml"));
        foreach (var slug in courseSlugs)
        {
            var target = Directory.CreateDirectory(Path.Combine(Root, "courses", slug)).FullName;
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "courses", slug)))
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
