using System.Globalization;
using System.Text;
using BriefBot.Core.Replies;
using BriefBot.Discord.Payloads;

namespace BriefBot.Discord.Rendering;

/// <summary>
/// A <see cref="Reply"/> as a Discord embed: the answer as the description with the verbatim source sentence quoted
/// under it, the source and confidence as fields, and feedback buttons; an abstention says so and offers the
/// near-miss questions, and the closest passages as fields marked possibly relevant. Everything is cut to Discord's
/// limits at word boundaries.
/// </summary>
internal static class EmbedReply
{
    private const int AnsweredColor = 0x2E7D32;
    private const int AbstainedColor = 0x9E9E9E;

    /// <summary>The quote keeps at least this much room when a long answer and a long quote compete for the description.</summary>
    private const int QuoteShare = DiscordLimits.EmbedDescription / 2;

    /// <summary>The footer holds a file name; capping it keeps description, fields and footer under the 6,000 total.</summary>
    private const int FooterRoom = 256;

    /// <summary>The reply to a channel message: a Discord reply to it, posted at most once per question.</summary>
    public static MessagePayload ForMessage(Reply reply, string questionMessageId) =>
        Render(reply) with
        {
            MessageReference = new MessageReference(questionMessageId),
            // The question's id is unique and at most 20 digits (nonces may have 25), and stays the same when the
            // Gateway replays the event after a resume, so a reply is created at most once even then.
            Nonce = questionMessageId,
            EnforceNonce = true,
        };

    public static MessagePayload Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.Answered)
        {
            return new MessagePayload(AllowedMentions.None, Embeds: [Abstained(reply)]);
        }

        return new MessagePayload(AllowedMentions.None, Embeds: [Answered(reply)], Components: FeedbackButtons.For(reply.EntryId));
    }

    private static Embed Answered(Reply reply)
    {
        var quote = reply.Quote;
        var answer = reply.Answer ?? "";
        var showAnswer = quote is null || !string.Equals(answer.Trim(), quote.Text.Trim(), StringComparison.Ordinal);
        var quoted = quote is null ? "" : DiscordText.BlockQuote(DiscordText.Escape(quote.Text));
        var answerText = showAnswer ? DiscordText.Escape(answer) : "";

        string description;
        if (answerText.Length == 0)
        {
            description = DiscordText.Cut(quoted, DiscordLimits.EmbedDescription);
        }
        else if (quoted.Length == 0)
        {
            description = DiscordText.Cut(answerText, DiscordLimits.EmbedDescription);
        }
        else
        {
            const string gap = "\n\n";
            var quoteRoom = Math.Max(QuoteShare, DiscordLimits.EmbedDescription - gap.Length - answerText.Length);
            var fittedQuote = DiscordText.Cut(quoted, Math.Min(quoteRoom, DiscordLimits.EmbedDescription - gap.Length - 1));
            var fittedAnswer = DiscordText.Cut(answerText, DiscordLimits.EmbedDescription - gap.Length - fittedQuote.Length);
            description = fittedAnswer + gap + fittedQuote;
        }

        var fields = new List<EmbedField>();
        if (quote is not null)
        {
            fields.Add(new EmbedField("Source", DiscordText.Cut(DiscordText.Escape(SourceLine(quote.Source)), DiscordLimits.FieldValue), Inline: true));
        }

        fields.Add(new EmbedField("Confidence", reply.Confidence.ToString(CultureInfo.InvariantCulture) + "/100", Inline: true));
        var footer = quote is null ? null : new EmbedFooter(DiscordText.Cut(quote.Source.File, FooterRoom));
        return new Embed(Description: description, Color: AnsweredColor, Fields: fields, Footer: footer);
    }

    private static Embed Abstained(Reply reply)
    {
        var fields = PassageFields(reply.Passages);
        var text = new StringBuilder(reply.DeclineText);
        // The passages' fields are fitted first: what is left of the 6,000 total goes to the description.
        var descriptionRoom = Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedsTotal - fields.Sum(f => f.Name.Length + f.Value.Length));
        var heading = fields.Count > 0 ? "\n\n**" + Passage.Heading + ":**" : "";
        if (reply.Suggestions.Count > 0)
        {
            text.Append("\n\n**Did you mean:**");
            var room = (descriptionRoom - heading.Length - text.Length) / reply.Suggestions.Count;
            foreach (var suggestion in reply.Suggestions)
            {
                text.Append("\n• ").Append(DiscordText.Cut(DiscordText.Escape(suggestion), Math.Max(room - 3, 1)));
            }
        }

        return new Embed(Description: DiscordText.Cut(text.ToString(), descriptionRoom - heading.Length) + heading, Color: AbstainedColor, Fields: fields.Count > 0 ? fields : null);
    }

    /// <summary>
    /// One field per passage: where it stands as the name, the verbatim sentence quoted as the value. No confidence:
    /// a number beside a sentence reads as the chance that it is the answer.
    /// </summary>
    private static List<EmbedField> PassageFields(IReadOnlyList<Passage> passages) =>
        [.. passages.Select(p => new EmbedField(
            DiscordText.Cut(DiscordText.Escape(SourceLine(p.Quote.Source)), DiscordLimits.FieldName),
            DiscordText.Cut(DiscordText.BlockQuote(DiscordText.Escape(p.Quote.Text)), DiscordLimits.FieldValue)))];

    public static string SourceLine(SourceRef source) =>
        source.Section is { Length: > 0 } section ? source.Document + " › " + section : source.Document;
}
