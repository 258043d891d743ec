using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.Api;

/// <summary>
/// Which response_url values the bot will post to: Slack's hooks host, or the host of the configured Web API (a
/// local fake in tests). A verified payload still should not be able to make the bot post anywhere else.
/// </summary>
internal sealed class ResponseUrlPolicy(IOptions<SlackOptions> options, ILogger<ResponseUrlPolicy> logger)
{
    private static readonly string[] SlackHooks = ["hooks.slack.com", "hooks.slack-gov.com"];

    public Uri? Trusted(string? responseUrl)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url))
        {
            Log.ResponseUrlRefused(logger, "?");
            return null;
        }

        if (url.Scheme == Uri.UriSchemeHttps && SlackHooks.Contains(url.Host, StringComparer.OrdinalIgnoreCase))
        {
            return url;
        }

        var api = options.Value.ApiBase;
        if (url.Scheme == api.Scheme && string.Equals(url.Authority, api.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        Log.ResponseUrlRefused(logger, url.Host);
        return null;
    }
}
