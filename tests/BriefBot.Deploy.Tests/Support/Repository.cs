namespace BriefBot.Deploy.Tests.Support;

/// <summary>Paths in the repository under test, found from the test assembly's folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BriefBot.sln not found above " + AppContext.BaseDirectory);
    }
}
