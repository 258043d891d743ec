namespace BriefBot.Slack;

/// <summary>
/// Settings of section <c>Slack</c>. Tokens and the signing secret come from environment variables
/// (<c>Slack__BotToken</c>, …) or user secrets, never from a committed file.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    public bool Enabled { get; set; }

    /// <summary>The Bot User OAuth Token (xoxb-…), for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app's signing secret, to verify requests in <see cref="SlackMode.Http"/> mode.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>An app-level token (xapp-…) with the connections:write scope, for <see cref="SlackMode.SocketMode"/>.</summary>
    public string? AppToken { get; set; }

    /// <summary>Socket Mode by default: it needs no public URL, and the app manifest in deploy/ enables it.</summary>
    public SlackMode Mode { get; set; } = SlackMode.SocketMode;

    /// <summary>The Web API's base address; tests point it at a local fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>The slash command as registered in the app.</summary>
    public string Command { get; set; } = "/brief";

    public bool ReplyInThread { get; set; } = true;

    /// <summary>Channel IDs where every message, not just a mention, is taken as a question.</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary><see cref="ApiBaseUrl"/> with the trailing slash that relative method names need.</summary>
    internal Uri ApiBase => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/", UriKind.Absolute);
}
