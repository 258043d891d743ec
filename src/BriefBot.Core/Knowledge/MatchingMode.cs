namespace BriefBot.Core.Knowledge;

public enum MatchingMode
{
    /// <summary>By words, as configured.</summary>
    Lexical,

    /// <summary>By words while the embeddings of the served knowledge are built.</summary>
    Building,

    /// <summary>By meaning and words.</summary>
    Semantic,

    /// <summary>By words, because the model failed.</summary>
    Failed,
}
