using BriefBot.Core.Replies;

namespace BriefBot.Core.Knowledge;

/// <summary>One briefing document as the parser saw its structure.</summary>
public sealed record Briefing(
    string Title,
    string File,
    IReadOnlyList<string> Sections,
    IReadOnlyList<DocumentSentence> Sentences,
    IReadOnlyList<FaqPair> Faqs)
{
    /// <summary>The lead first, then the bullet facts: what a digest shows of this briefing.</summary>
    public IEnumerable<DocumentSentence> KeyFacts =>
        Sentences.Where(s => s.Role == SentenceRole.Lead).Concat(Sentences.Where(s => s.Role == SentenceRole.Bullet));

    /// <summary>Sentences outside the FAQ that state facts: what FAQ answers are linked to and what questions match.</summary>
    public IEnumerable<DocumentSentence> FactSentences =>
        Sentences.Where(s => s.Role is SentenceRole.Lead or SentenceRole.Bullet or SentenceRole.Body);

    /// <summary>A sentence of this briefing as a reply or a digest quotes it: its words, with where they come from.</summary>
    public Quote QuoteOf(DocumentSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return new Quote(sentence.Text, new SourceRef(Title, sentence.Section, File, sentence.Page));
    }
}
