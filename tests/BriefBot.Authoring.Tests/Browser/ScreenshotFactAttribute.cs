namespace BriefBot.Authoring.Tests.Browser;

/// <summary>A test that writes the documentation's screenshots: run only when <c>BRIEFBOT_SCREENSHOTS</c> names the folder (tools/screenshots.sh sets it).</summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public const string Variable = "BRIEFBOT_SCREENSHOTS";

    public ScreenshotFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Writes the screenshots of docs/ only when asked: {Variable}=docs (tools/screenshots.sh).";
        }
    }

    /// <summary>The folder named, relative to the repository root unless absolute.</summary>
    public static string Folder()
    {
        var named = Environment.GetEnvironmentVariable(Variable)!;
        if (Path.IsPathRooted(named))
        {
            return named;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
            {
                return Path.Combine(dir.FullName, named);
            }
        }

        throw new InvalidOperationException($"{Variable}={named} is relative, and no repository root (BriefBot.sln) is above {AppContext.BaseDirectory}.");
    }
}
