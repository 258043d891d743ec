namespace BriefBot.Core.Chat;

/// <summary>Bounds on what a question may be before matching: chat platforms allow 40,000-character messages.</summary>
public static class ChatLimits
{
    /// <summary>
    /// The longest text read as one question, so matching stays fast. From a longer message the question is found in
    /// it (see <see cref="QuestionIn"/>), or the reply says the message is too long.
    /// </summary>
    public const int MaxQuestionLength = 1_000;

    /// <summary>
    /// The question to match in a chat message: the message itself when it fits; from a longer one (a pasted log or
    /// thread with the question at its end) the last sentence ending in '?' that fits; null when there is none, since
    /// matching the first characters of a long message answers something nobody asked.
    /// </summary>
    public static string? QuestionIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxQuestionLength)
        {
            return Sanitize(text);
        }

        for (var end = text.LastIndexOf('?'); end > 0; end = text.LastIndexOf('?', end - 1))
        {
            var start = SentenceStart(text, end);
            if (end + 1 - start <= MaxQuestionLength && Sanitize(text[start..(end + 1)]) is { Length: > 1 } question)
            {
                return question;
            }
        }

        return null;
    }

    /// <summary>Trims a question to <see cref="MaxQuestionLength"/>, without splitting a surrogate pair, and replaces lone surrogates.</summary>
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Math.Min(text.Length, MaxQuestionLength);
        if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        var chars = text.AsSpan(0, length).ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var pairedHigh = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
            if (pairedHigh)
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] == '\0')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars).Trim();
    }

    /// <summary>Where the sentence ending at <paramref name="end"/> begins: after a line break, '?', '!' or a full stop before a capital.</summary>
    private static int SentenceStart(string text, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            var boundary = text[i] is '\n' or '?' or '!'
                || (text[i] == '.' && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]) && char.IsUpper(text[i + 2]));
            if (boundary)
            {
                return i + 1;
            }
        }

        return 0;
    }
}
