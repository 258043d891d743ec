namespace BriefBot.Core.Knowledge;

/// <summary>
/// Which sentence of an answer to quote when no body sentence supports it: the first that carries content. An FAQ
/// answer often opens with a bare "Yes." or "No.", which quoted alone proves nothing.
/// </summary>
internal static class AnswerSentence
{
    private static readonly HashSet<string> Replies = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "no", "yeah", "yep", "nope", "sure", "correct", "right", "indeed", "absolutely", "definitely",
        "exactly", "certainly", "not", "really", "of", "course", "never", "always", "usually", "sometimes", "maybe",
    };

    /// <summary>The first sentence that is not a bare reply word, or the first when all are.</summary>
    public static T WithContent<T>(IReadOnlyList<T> sentences, Func<T, string> text)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(text);
        return sentences.FirstOrDefault(s => !IsBare(text(s))) ?? sentences[0];
    }

    /// <summary>"Yes.", "No!", "Of course.", "Absolutely not.": a reply with nothing to check.</summary>
    public static bool IsBare(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Split([' ', ',', '.', '!', ';', ':', '\u2014', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(Replies.Contains);
    }
}
