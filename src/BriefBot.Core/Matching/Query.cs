namespace BriefBot.Core.Matching;

/// <summary>
/// A question as the matcher sees it: its distinct content terms, the kind of answer it asks for, and its cleaned
/// text for FuzzySharp's whole-phrase comparison.
/// </summary>
internal sealed record Query(string Text, QueryTerm[] Terms, AnswerKind Asks = AnswerKind.None, string Cleaned = "")
{
    public float WeightSum { get; } = Terms.Sum(t => t.Weight);

    /// <summary>The question names something the knowledge has never heard of.</summary>
    public bool NamesSomethingUnknown { get; } = Terms.Any(t => t.UnknownName);

    /// <summary>The cleaned text preprocessed as FuzzySharp would, for comparing with phrasings.</summary>
    public string Processed { get; } = FuzzyText.Process(Cleaned);

    /// <summary>Every (term id, query term index, similarity) pair, sorted by term id for merging with a target's terms.</summary>
    public (int Id, int Term, float Similarity)[] Lookup { get; } =
        [.. Terms.SelectMany((t, i) => t.Forms.Select(f => (f.Id, i, f.Similarity * t.Quality))).OrderBy(x => x.Id)];
}
