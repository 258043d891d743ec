using System.Globalization;
using System.Text;
using BriefBot.Core.Replies;

namespace BriefBot.ConsoleChat;

/// <summary>
/// A reply as plain text for a terminal: the answer, the quoted source sentence, where it stands and the confidence;
/// or the decline, its "did you mean" questions and the passages that came closest.
/// </summary>
public static class ReplyText
{
    public static string Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        if (!reply.Answered)
        {
            text.Append(reply.DeclineText);
            if (reply.Suggestions.Count > 0)
            {
                text.Append("\nDid you mean:");
                foreach (var suggestion in reply.Suggestions)
                {
                    text.Append("\n  • ").Append(suggestion);
                }
            }

            if (reply.Passages.Count > 0)
            {
                text.Append('\n').Append(Passage.Heading).Append(':');
                foreach (var passage in reply.Passages)
                {
                    text.Append("\n  > “").Append(passage.Quote.Text).Append('”');
                    text.Append("\n    — ").Append(SourceLine(passage.Quote.Source));
                }
            }

            return text.ToString();
        }

        if (reply.Quote is null || reply.Answer != reply.Quote.Text)
        {
            text.Append(reply.Answer).Append('\n');
        }

        if (reply.Quote is { } quote)
        {
            text.Append("  > “").Append(quote.Text).Append("”\n");
            text.Append("  — ").Append(SourceLine(quote.Source));
        }

        text.Append(CultureInfo.InvariantCulture, $" (confidence {reply.Confidence})");
        return text.ToString();
    }

    public static string SourceLine(SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Section is { Length: > 0 } section ? $"{source.Document}, {section}" : source.Document;
    }
}
