namespace BriefBot.Slack.Events;

/// <summary>The bot's own Slack user and bot ids, learned with auth.test at start, so its own messages are never questions.</summary>
internal sealed class BotIdentity
{
    private volatile Ids? ids;

    public string? UserId => ids?.UserId;

    public string? BotId => ids?.BotId;

    public void Learn(string? userId, string? botId) => ids = new Ids(userId, botId);

    public bool IsSelf(string? userId, string? botId) =>
        ids is { } known && ((userId is not null && userId == known.UserId) || (botId is not null && botId == known.BotId));

    private sealed record Ids(string? UserId, string? BotId);
}
