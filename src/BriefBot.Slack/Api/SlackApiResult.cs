namespace BriefBot.Slack.Api;

/// <summary>
/// What a Web API call came to: Slack's own <c>ok</c>/<c>error</c>, or an error of ours ("http_503",
/// "network_error") when Slack could not be reached after the retries. Only the fields the adapter reads are kept.
/// </summary>
internal sealed record SlackApiResult(bool Ok, string? Error = null, string? Url = null, string? UserId = null, string? Team = null)
{
    public static SlackApiResult Failed(string error) => new(false, error);

    /// <summary>Errors that mean the token itself is wrong: retrying cannot help.</summary>
    public bool IsAuthError => IsTokenRefused || Error is "not_allowed_token_type" or "missing_scope";

    /// <summary>The token is invalid, revoked or its account gone: nothing sent with it can work until it is replaced.</summary>
    public bool IsTokenRefused => Error is "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked" or "token_expired";
}
