namespace BriefBot.Hosting;

/// <summary>
/// Where the default configuration and knowledge live, whatever the working directory: the repository root when
/// running from source (the nearest ancestor of the program holding BriefBot.sln), else the program's own folder,
/// where a published build carries its copies.
/// </summary>
internal static class ContentRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")) && File.Exists(Path.Combine(dir.FullName, "appsettings.json")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
