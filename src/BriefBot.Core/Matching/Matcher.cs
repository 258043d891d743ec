using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Matching;

/// <summary>
/// Matches questions to a knowledge base: the index narrows the candidates, the coverage and fuzzy scores rank
/// them, and the threshold decides between answering and saying the knowledge does not cover the question.
/// Thread-safe: one matcher serves every channel at once.
/// </summary>
public sealed class Matcher
{
    private readonly KnowledgeIndex index;
    private readonly MatchingOptions options;
    private readonly string[] defaultQuestions;
    private readonly SemanticIndex? semantic;
    private readonly ScoreModel model;
    private readonly double shift;
    private readonly int[][] targetsOfEntry = [];

    // The lexically best phrasings almost always hold the fuzzy best too (the dev and HINT3 results are the same
    // with 16); six bounds the cost per question.
    private const int MaxFuzzyComparisons = 6;

    /// <summary>The one part of a lexical-only score: coverage, fuzzy ratio and discounts, as README's "How matching works" tells.</summary>
    public const string LexicalPart = "lexical (coverage, fuzzy ratio, answer kind, unknown names)";

    public Matcher(KnowledgeBase knowledge, MatchingOptions options, SemanticIndex? semantic = null, ScoreModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        Knowledge = knowledge;
        index = knowledge.Index ?? KnowledgeIndex.Build(knowledge.Entries, knowledge.Synonyms, knowledge.Acronyms);
        if (semantic is not null && semantic.TargetCount != index.Targets.Length)
        {
            // A bug, not an expected outcome: the embeddings were built for other knowledge.
            throw new ArgumentException("The semantic index was built for other knowledge.", nameof(semantic));
        }

        this.semantic = semantic;
        this.model = model ?? ScoreModel.Default;
        if (this.semantic is not null)
        {
            targetsOfEntry = TargetsOfEntry(index);
            if (options.Calibrate)
            {
                (this.model, shift) = Calibration.Fit(this);
            }
        }

        // Built now, with the rest, so that no user's first misspelt question waits for it.
        _ = index.Typos;
        defaultQuestions = [.. knowledge.Entries.Select(e => e.DisplayQuestion).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public KnowledgeBase Knowledge { get; }

    public MatchingOptions Options => options;

    public MatchResult Match(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var query = QueryAnalyzer.Analyze(question, index);
        var embedding = semantic is null ? null : semantic.EncodeQuestion(query.Expanded ?? ChatText.Clean(question));
        return Match(question, query, embedding, Exclusion.None);
    }

    /// <summary>
    /// Matches a question whose embedding is already known, leaving out a target or a whole entry: the knowledge
    /// base's self-calibration asks its own phrasings this way.
    /// </summary>
    internal MatchResult Match(string question, float[]? embedding, Exclusion exclude) =>
        Match(question, QueryAnalyzer.Analyze(question, index), embedding, exclude);

    private MatchResult Match(string question, Query query, float[]? embedding, Exclusion exclude)
    {
        var lexical = LexicalScores(query, exclude);
        if (semantic is null || embedding is null)
        {
            var ranked = lexical
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key)
                .Select(p => new ScoredEntry(index.Entries[p.Key], (int)MathF.Floor(p.Value)) { Parts = [new ScorePart(LexicalPart, p.Value / 100f, p.Value)] })
                .ToList();
            return new MatchResult(question, ranked.Count > 0 && ranked[0].Confidence >= options.Threshold, ranked);
        }

        var fused = Fusion.Rank(query, embedding, lexical, exclude, this);
        return new MatchResult(question, fused.Count > 0 && fused[0].Confidence >= options.Threshold, fused);
    }

    /// <summary>A question's fused candidates with their signals, unweighed: what the self-calibration weighs.</summary>
    internal FusedCandidates Gather(string question, float[] embedding, Exclusion exclude)
    {
        var query = QueryAnalyzer.Analyze(question, index);
        return Fusion.Gather(query, embedding, LexicalScores(query, exclude), exclude, this);
    }

    internal KnowledgeIndex Index => index;

    internal SemanticIndex? Semantic => semantic;

    internal ScoreModel Model => model;

    internal double Shift => shift;

    /// <summary>The lexical score (0–100) of every entry the inverted index finds for the query.</summary>
    internal Dictionary<int, float> LexicalScores(Query query, Exclusion exclude)
    {
        var best = new Dictionary<int, float>();
        if (query.Terms.Length == 0)
        {
            return best;
        }

        var phrasings = new List<(MatchTarget Target, (float Score, float FuzzyRoom) Lexical)>();
        foreach (var t in CandidateFinder.Find(query, index, options.Candidates))
        {
            var target = index.Targets[t];
            if (exclude.Excludes(t, target.Entry))
            {
                continue;
            }

            var lexical = Confidence.Lexical(query, target, index.Terms);
            if (lexical.FuzzyRoom > 0f)
            {
                phrasings.Add((target, lexical));
            }

            Keep(target.Entry, lexical.Score);
        }

        // The fuzzy comparison is the costly part: make it only for phrasings that could still come out on top,
        // most promising first, and for no more than a handful. A phrasing skipped keeps its lexical score, a lower
        // bound of its full one.
        var top = best.Count > 0 ? best.Values.Max() : 0f;
        foreach (var (target, lexical) in phrasings.OrderByDescending(p => p.Lexical.Score).Take(MaxFuzzyComparisons))
        {
            if (lexical.Score + lexical.FuzzyRoom <= top)
            {
                break;
            }

            var score = Confidence.WithFuzzy(query, target, lexical);
            Keep(target.Entry, score);
            top = MathF.Max(top, score);
        }

        return best;

        void Keep(int entry, float score)
        {
            if (score > best.GetValueOrDefault(entry))
            {
                best[entry] = score;
            }
        }
    }

    public Reply Answer(string question) => ReplyTo(Match(question));

    /// <summary>The reply for a match: the best entry's answer and quote, or an abstention with near-miss suggestions and the closest passages.</summary>
    public Reply ReplyTo(MatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var question = result.Question;
        if (result.Answered && result.Best is { } best)
        {
            return new Reply(question, true, best.Entry.Answer, best.Entry.Quote, best.Confidence, [], best.Entry.Id);
        }

        var suggestions = result.Ranked
            .Where(r => r.Confidence >= options.SuggestionThreshold && r.Entry.DisplayQuestion is not null)
            .Select(r => r.Entry.DisplayQuestion!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(options.MaxSuggestions)
            .ToList();
        return Reply.Abstain(question, result.Confidence, suggestions) with
        {
            Passages = ClosestPassages.Of(result, options.PassageThreshold),
        };
    }

    /// <summary>
    /// What to offer for what has been typed so far, the last word taken as a prefix: entries whose questions,
    /// answers or facts hold the words, each as its question, or as the fact sentence when it has none.
    /// </summary>
    public IReadOnlyList<string> Autocomplete(string partial, int max)
    {
        ArgumentNullException.ThrowIfNull(partial);
        if (string.IsNullOrWhiteSpace(partial))
        {
            return [.. defaultQuestions.Take(max)];
        }

        return Autocompletion.Offer(Autocompletion.Analyze(partial, index), index, max);
    }

    /// <summary>For each entry, the indexes of its targets.</summary>
    internal int[][] EntryTargets => targetsOfEntry;

    private static int[][] TargetsOfEntry(KnowledgeIndex index)
    {
        var lists = new List<int>[index.Entries.Count];
        for (var t = 0; t < index.Targets.Length; t++)
        {
            (lists[index.Targets[t].Entry] ??= []).Add(t);
        }

        return [.. lists.Select(l => l?.ToArray() ?? [])];
    }
}
