namespace BriefBot.Tests;

/// <summary>A database path in a fresh temporary folder, deleted on dispose: tests never touch the repository's data/.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("briefbot-db-").FullName;

    public string Path => System.IO.Path.Combine(folder, "briefbot.db");

    public string Setting => "--Storage:Path=" + Path;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A handle the OS has not released yet: the temp folder is cleaned by the OS.
        }
    }
}
