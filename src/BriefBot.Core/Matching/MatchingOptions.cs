using System.ComponentModel.DataAnnotations;

namespace BriefBot.Core.Matching;

/// <summary>Settings of section <c>Matching</c>.</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>The confidence (0–100) a match needs before the bot answers; below it the bot says it does not know.</summary>
    [Range(1, 100)]
    public int Threshold { get; set; } = DefaultThreshold;

    public const int DefaultThreshold = 54;

    /// <summary>The confidence a near miss needs to be offered as a "did you mean" question.</summary>
    [Range(0, 100)]
    public int SuggestionThreshold { get; set; } = 30;

    [Range(0, 10)]
    public int MaxSuggestions { get; set; } = 3;

    /// <summary>Let each knowledge base calibrate its confidence on its own phrasings (README: "How matching works").</summary>
    public bool Calibrate { get; set; } = true;

    /// <summary>
    /// Match by meaning too: the host's sentence-embedding model beside the lexical matcher. False matches by words
    /// alone, as when the model cannot load.
    /// </summary>
    public bool Semantic { get; set; } = true;

    /// <summary>
    /// The file the knowledge's embeddings are kept in between runs, so a restart embeds only new or changed texts;
    /// by default <c>embeddings.bin</c> beside the SQLite database (for PostgreSQL, beside <c>Storage:Path</c> too,
    /// which is then only a local folder).
    /// </summary>
    public string? EmbeddingCache { get; set; }

    /// <summary>How many texts the index hands to the full scorer per question.</summary>
    [Range(1, 10_000)]
    public int Candidates { get; set; } = 64;
}
