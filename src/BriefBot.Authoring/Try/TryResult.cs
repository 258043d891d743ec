using BriefBot.Authoring.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Replies;

namespace BriefBot.Authoring.Try;

/// <summary>
/// A tried question: the reply as <c>ask --json</c> gives it (question, answered, answer, quote, source,
/// confidence, suggestions, entryId), the passages a decline offers, the threshold, and the top candidates.
/// </summary>
public sealed record TryResult(
    string Question,
    bool Answered,
    string? Answer,
    string? Quote,
    SourceView? Source,
    int Confidence,
    IReadOnlyList<string> Suggestions,
    string? EntryId,
    IReadOnlyList<PassageView> Passages,
    int Threshold,
    IReadOnlyList<Candidate> Candidates)
{
    public const int MaxCandidates = 5;

    /// <summary>Matches <paramref name="question"/> as chat would, without recording it anywhere.</summary>
    public static TryResult Of(Matcher matcher, string question)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var result = matcher.Match(question);
        var reply = matcher.ReplyTo(result);
        var threshold = matcher.Options.Threshold;
        var source = reply.Quote?.Source;
        return new TryResult(
            reply.Question,
            reply.Answered,
            reply.Answer,
            reply.Quote?.Text,
            source is null ? null : new SourceView(source.Document, source.Section, source.File),
            reply.Confidence,
            reply.Suggestions,
            reply.EntryId,
            [.. reply.Passages.Select(p => new PassageView(QuoteView.Of(p.Quote), p.Confidence))],
            threshold,
            [.. result.Ranked.Take(MaxCandidates).Select(r => new Candidate(
                r.Entry.Id, r.Entry.Kind, EntryView.Label(r.Entry), r.Entry.Answer, r.Confidence, r.Confidence >= threshold, r.Parts))]);
    }

    /// <summary>The text chat shows when the bot declines.</summary>
    public static string NotCovered => Reply.NotCoveredText;
}

/// <summary>Where a reply's quote stands, as <c>ask --json</c> gives it.</summary>
public sealed record SourceView(string Document, string? Section, string File);

/// <summary>A sentence a decline offers as possibly relevant, and how close it came.</summary>
public sealed record PassageView(QuoteView Quote, int Confidence);
