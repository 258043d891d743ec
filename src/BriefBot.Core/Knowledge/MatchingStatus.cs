namespace BriefBot.Core.Knowledge;

/// <summary>How the served knowledge is matched: by meaning and words, or by words alone and why.</summary>
public sealed record MatchingStatus(MatchingMode Mode, string Description, int Done = 0, int Total = 0)
{
    public static MatchingStatus Off { get; } = new(MatchingMode.Lexical, "matching by words only (Matching:Semantic is false)");

    public static MatchingStatus NoModel { get; } = new(MatchingMode.Lexical, "matching by words only (no embedding model registered)");

    public static MatchingStatus Building(int done, int total) => new(MatchingMode.Building, $"building embeddings {done}/{total}, answering lexically", done, total);

    public static MatchingStatus Failed(string reason) => new(MatchingMode.Failed, $"the embedding model cannot be used ({reason}); answering lexically");

    public static MatchingStatus Semantic(int texts) => new(MatchingMode.Semantic, $"matching by meaning and words ({texts} texts embedded)", texts, texts);
}
