using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests;

/// <summary>Knowledge for tests: the default briefing shipped in knowledge/, or files written to a temporary folder.</summary>
internal static class TestKnowledge
{
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static string EvalFile(string name) => Path.Combine(AppContext.BaseDirectory, "eval", name);

    public static KnowledgeBase Default() => KnowledgeLoader.LoadAsync(DefaultFolder, CancellationToken.None).GetAwaiter().GetResult();

    public static Matcher DefaultMatcher(int threshold = 54) => new(Default(), new MatchingOptions { Threshold = threshold });

    public static Matcher MatcherFor(params (string Name, string Text)[] files)
    {
        using var folder = new TempFolder();
        foreach (var (name, text) in files)
        {
            folder.Write(name, text);
        }

        return new Matcher(KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None).GetAwaiter().GetResult(), new MatchingOptions());
    }
}
