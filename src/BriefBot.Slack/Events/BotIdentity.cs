namespace BriefBot.Slack.Events;

/// <summary>
/// The bot's own Slack user id, learned with auth.test at start, so its own messages are never questions. (Its bot_id
/// needs no learning: QuestionDetector ignores every event that carries one.)
/// </summary>
internal sealed class BotIdentity
{
    private volatile string? userId;

    public string? UserId => userId;

    public void Learn(string? userId) => this.userId = userId;

    public bool IsSelf(string user) => user == userId;
}
