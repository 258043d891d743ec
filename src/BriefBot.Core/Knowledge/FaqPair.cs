namespace BriefBot.Core.Knowledge;

/// <summary>A question line of a briefing's FAQ and the paragraph that answers it.</summary>
public sealed record FaqPair(DocumentSentence Question, IReadOnlyList<DocumentSentence> Answer)
{
    public string AnswerText => string.Join(" ", Answer.Select(s => s.Text));
}
