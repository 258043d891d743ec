using BriefBot.Core.Chat;
using BriefBot.Discord.Gateway;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Messages;

/// <summary>
/// Decides which messages are questions for the bot: those that mention it, DMs, and every message in a
/// configured channel. Bots (itself included) and webhooks are never answered, so two bots cannot talk in a loop.
/// </summary>
internal sealed class QuestionDetector(BotUser bot, IOptions<DiscordOptions> options)
{
    private const int DefaultMessage = 0;
    private const int ReplyMessage = 19;

    public IncomingQuestion? Detect(DiscordMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var botId = bot.Id;
        if (message.Author is not { } author || author.Bot == true || message.WebhookId is not null || author.Id == botId)
        {
            return null;
        }

        // Joins, pins, boosts and other system messages carry no question.
        if (message.Type is not (DefaultMessage or ReplyMessage))
        {
            return null;
        }

        var mentioned = botId is not null && message.Mentions?.Any(m => m.Id == botId) == true;
        var direct = message.GuildId is null;
        var watched = options.Value.Channels.Contains(message.ChannelId, StringComparer.Ordinal);
        if (!mentioned && !direct && !watched)
        {
            return null;
        }

        var text = message.Content ?? "";
        if (botId is not null)
        {
            // <@id> is a mention, <@!id> the older nickname form.
            text = text.Replace($"<@{botId}>", " ", StringComparison.Ordinal).Replace($"<@!{botId}>", " ", StringComparison.Ordinal);
        }

        text = text.Trim();
        return text.Length == 0 ? null : new IncomingQuestion(new Question(text, DiscordChatAdapter.PlatformName, message.ChannelId, author.Id), message.Id);
    }
}
