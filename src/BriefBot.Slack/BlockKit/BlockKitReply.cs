using System.Globalization;
using BriefBot.Core.Replies;
using BriefBot.Slack.Interactivity;

namespace BriefBot.Slack.BlockKit;

/// <summary>
/// A reply in Block Kit: the answer, the verbatim source sentence as a quote, the source and confidence as context,
/// feedback buttons; or, when the bot abstains, the not-covered sentence, "did you mean" suggestions and the closest
/// passages, marked as possibly relevant. Everything that came from a user or from knowledge is escaped.
/// </summary>
internal static class BlockKitReply
{
    /// <param name="reply">The reply to render.</param>
    /// <param name="echoQuestion">Repeat the question above the answer: a slash command's text is seen by no one else, not even in the asker's history.</param>
    public static SlackMessage Render(Reply reply, bool echoQuestion = false)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = new List<Block>();
        if (echoQuestion)
        {
            blocks.Add(ContextBlock.Mrkdwn("*You asked:* " + SlackText.Escape(reply.Question)));
        }

        if (!reply.Answered)
        {
            blocks.Add(SectionBlock.Mrkdwn(SlackText.Escape(reply.DeclineText)));
            if (reply.Suggestions.Count > 0)
            {
                blocks.Add(SectionBlock.Mrkdwn("*Did you mean:*\n" + string.Join('\n', reply.Suggestions.Select(s => "• " + SlackText.Escape(s)))));
            }

            AddPassages(reply.Passages, blocks);
            var suggestions = reply.Suggestions.Count > 0 ? " Did you mean: " + string.Join("; ", reply.Suggestions) : "";
            var passages = reply.Passages.Count > 0
                ? $" {Passage.Heading}: " + string.Join("; ", reply.Passages.Select(p => $"“{p.Quote.Text}” ({SourceLine(p.Quote.Source)})"))
                : "";
            return new SlackMessage(Fallback(reply.DeclineText + suggestions + passages), blocks);
        }

        var quote = reply.Quote;
        var answer = reply.Answer ?? "";
        // An answer that is the quoted sentence itself is shown once, as the quote.
        var showAnswer = quote is null || answer != quote.Text;
        if (showAnswer)
        {
            blocks.Add(SectionBlock.Mrkdwn(SlackText.Escape(answer)));
        }

        if (quote is not null)
        {
            blocks.Add(SectionBlock.Mrkdwn(SlackText.Quote(SlackText.Escape(quote.Text))));
            blocks.Add(ContextBlock.Mrkdwn(string.Create(CultureInfo.InvariantCulture, $"*Source:* {SlackText.Escape(SourceLine(quote.Source))} · confidence {reply.Confidence}%")));
        }
        else
        {
            blocks.Add(ContextBlock.Mrkdwn(string.Create(CultureInfo.InvariantCulture, $"confidence {reply.Confidence}%")));
        }

        if (reply.EntryId is { } entryId)
        {
            blocks.Add(new ActionsBlock(FeedbackActions.BlockId,
            [
                new ButtonElement(TextObject.Plain("Helpful"), FeedbackActions.Helpful, entryId, "primary"),
                new ButtonElement(TextObject.Plain("Not helpful"), FeedbackActions.NotHelpful, entryId),
            ]));
        }

        var text = (showAnswer ? answer + " " : "") + (quote is null ? "" : $"“{quote.Text}” ({SourceLine(quote.Source)})");
        return new SlackMessage(Fallback(text), blocks);
    }

    /// <summary>
    /// A context line marking what follows as possibly relevant, then each passage as a quote with its source under
    /// it. No confidence: a percentage beside a sentence reads as the chance that it is the answer.
    /// </summary>
    private static void AddPassages(IReadOnlyList<Passage> passages, List<Block> blocks)
    {
        if (passages.Count == 0)
        {
            return;
        }

        blocks.Add(ContextBlock.Mrkdwn("*" + SlackText.Escape(Passage.Heading) + "*"));
        foreach (var passage in passages)
        {
            blocks.Add(SectionBlock.Mrkdwn(SlackText.Quote(SlackText.Escape(passage.Quote.Text))));
            blocks.Add(ContextBlock.Mrkdwn("*Source:* " + SlackText.Escape(SourceLine(passage.Quote.Source))));
        }
    }

    public static string SourceLine(SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Section is { Length: > 0 } section ? $"{source.Document}, {section}" : source.Document;
    }

    private static string Fallback(string plain) => SlackText.Cut(SlackText.Escape(plain.Trim()), BlockLimits.FallbackText);
}
