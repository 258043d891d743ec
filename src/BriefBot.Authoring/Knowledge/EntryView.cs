using BriefBot.Core.Knowledge;

namespace BriefBot.Authoring.Knowledge;

/// <summary>An entry the bot answers from: its phrasings (taught ones included), its answer and the quote it gives.</summary>
public sealed record EntryView(string Id, EntryKind Kind, IReadOnlyList<string> Questions, string Answer, QuoteView Quote)
{
    public static EntryView Of(KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new EntryView(entry.Id, entry.Kind, entry.Questions, entry.Answer, QuoteView.Of(entry.Quote));
    }

    /// <summary>How the entry is named in a list: its first question, or its own words for a fact.</summary>
    public static string Label(KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = entry.DisplayQuestion ?? entry.Answer;
        return text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "…");
    }
}
