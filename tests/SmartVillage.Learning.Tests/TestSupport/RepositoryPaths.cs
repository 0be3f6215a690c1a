namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>Finds the repository (the folder holding SmartVillage.sln) from the test output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SmartVillage.sln"))) return dir.FullName;
        throw new InvalidOperationException($"SmartVillage.sln not found above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    /// <summary>The repository's content/ folder (curricula and the regions of Lampung).</summary>
    public static string Content => Path.Combine(Root, "content");
}
