namespace SmartVillage.Learning.Data.Backups;

/// <summary>
/// An operating-system lock on "&lt;database file&gt;.in-use": every web instance on a SQLite file holds it shared while it
/// runs, and <c>db restore</c> needs it alone, so a restore never swaps the file under a running app. The lock ends with
/// the process that holds it, even one that was killed, so a crash never leaves the database "in use".
/// </summary>
public sealed class DatabaseInUseLock : IDisposable
{
    private readonly FileStream _handle;

    private DatabaseInUseLock(FileStream handle) => _handle = handle;

    public static string PathFor(string databaseFile) => databaseFile + ".in-use";

    /// <summary>Held by a running instance; others may hold it too. Null while a restore holds it alone.</summary>
    public static DatabaseInUseLock? TryShared(string databaseFile) => TryOpen(databaseFile, FileShare.ReadWrite);

    /// <summary>Held by a restore; null while any instance runs on the file.</summary>
    public static DatabaseInUseLock? TryExclusive(string databaseFile) => TryOpen(databaseFile, FileShare.None);

    private static DatabaseInUseLock? TryOpen(string databaseFile, FileShare share)
    {
        var path = PathFor(databaseFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // Read access takes a shared advisory lock on Unix (FileShare.None an exclusive one); Windows shares natively.
            return new DatabaseInUseLock(new FileStream(path, FileMode.OpenOrCreate, share == FileShare.None ? FileAccess.ReadWrite : FileAccess.Read, share));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _handle.Dispose();
}
