namespace BriefBot.Core.Chat;

/// <summary>Bounds on what a question may be before matching: chat platforms allow 40,000-character messages.</summary>
public static class ChatLimits
{
    /// <summary>Longer questions are matched on their first this-many characters; nothing real is lost, and matching stays fast.</summary>
    public const int MaxQuestionLength = 1_000;

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
}
