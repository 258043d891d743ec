using BriefBot.Core.Replies;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Something the bot can answer: the phrasings it answers to (empty for a fact, which is matched on its own words),
/// the answer, and the verbatim sentence that supports it.
/// </summary>
public sealed record KnowledgeEntry(
    string Id,
    EntryKind Kind,
    IReadOnlyList<string> Questions,
    string Answer,
    Quote Quote,
    bool IsKeyFact = false)
{
    /// <summary>The question to show when suggesting this entry, if it has one.</summary>
    public string? DisplayQuestion => Questions.Count > 0 ? Questions[0] : null;
}
