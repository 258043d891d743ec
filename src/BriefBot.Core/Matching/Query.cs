namespace BriefBot.Core.Matching;

/// <summary>
/// A question as the matcher sees it: its distinct content terms, the kind of answer it asks for, and its cleaned
/// text preprocessed as FuzzySharp would (<see cref="FuzzyText"/>), for the whole-phrase comparison with phrasings.
/// </summary>
internal sealed record Query(QueryTerm[] Terms, AnswerKind Asks = AnswerKind.None, string Processed = "")
{
    /// <summary>The cleaned question with its abbreviations written out, when it had any.</summary>
    public string? Expanded { get; init; }

    public float WeightSum { get; } = Terms.Sum(t => t.Weight);

    /// <summary>The question names something the knowledge has never heard of.</summary>
    public bool NamesSomethingUnknown { get; } = Terms.Any(t => t.UnknownName);

    /// <summary>Every (term id, query term index, similarity) pair, sorted by term id for merging with a target's terms.</summary>
    public (int Id, int Term, float Similarity)[] Lookup { get; } =
        [.. Terms.SelectMany((t, i) => t.Forms.Select(f => (f.Id, i, f.Similarity * t.Quality))).OrderBy(x => x.Id)];
}
