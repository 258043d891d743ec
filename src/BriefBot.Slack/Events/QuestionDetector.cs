using BriefBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.Events;

/// <summary>
/// Decides which events are questions: a mention anywhere, any message in a DM, any message in a configured channel.
/// Bot messages, messages with a subtype (edits, deletions, joins, bot posts) and the bot's own messages never are,
/// so two bots can never answer each other in a loop.
/// </summary>
internal sealed class QuestionDetector(BotIdentity identity, IOptions<SlackOptions> options)
{
    private readonly HashSet<string> channels = new(options.Value.Channels, StringComparer.Ordinal);
    private readonly bool replyInThread = options.Value.ReplyInThread;

    public IncomingQuestion? Detect(SlackEvent? slackEvent)
    {
        if (slackEvent is not { User: { } user, Channel: { } channel, Ts: { } ts, BotId: null, Subtype: null, Edited: null }
            || identity.IsSelf(user))
        {
            return null;
        }

        var direct = slackEvent.Type == "message" && slackEvent.ChannelType == "im";
        var asked = slackEvent.Type switch
        {
            "app_mention" => true,
            "message" => direct || channels.Contains(channel),
            _ => false,
        };
        if (!asked)
        {
            return null;
        }

        // A DM is a conversation of two already: answer in line, unless the question was itself asked in a thread.
        var thread = !replyInThread ? null : direct ? slackEvent.ThreadTs : slackEvent.ThreadTs ?? ts;
        var text = SlackMarkup.ToPlainText(slackEvent.Text ?? "", identity.UserId);
        return new IncomingQuestion(new Question(text, SlackChatAdapter.PlatformName, channel, user), ts, thread);
    }
}
