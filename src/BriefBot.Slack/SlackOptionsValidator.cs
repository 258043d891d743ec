using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack;

/// <summary>
/// Checks an enabled adapter's settings at start-up; each failure names the setting and where it is set. Token values
/// never appear in a message. A disabled adapter is not registered, so it is never checked.
/// </summary>
internal sealed partial class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        CheckToken(failures, options.BotToken, "BotToken", "xoxb-", "the Bot User OAuth Token from the app's OAuth & Permissions page");
        if (options.Mode == SlackMode.Http && string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            failures.Add("Slack:SigningSecret is required in Http mode (the Signing Secret from the app's Basic Information page); set Slack__SigningSecret or a user secret.");
        }

        if (options.Mode == SlackMode.SocketMode)
        {
            CheckToken(failures, options.AppToken, "AppToken", "xapp-", "an app-level token with the connections:write scope, needed in SocketMode");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL such as https://slack.com/api/.");
        }

        if (options.Command is not { Length: > 1 } command || command[0] != '/' || command.Contains(' ', StringComparison.Ordinal))
        {
            failures.Add("Slack:Command must be a slash command such as /brief.");
        }

        for (var i = 0; i < options.Channels.Count; i++)
        {
            if (!ChannelId().IsMatch(options.Channels[i] ?? ""))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"Slack:Channels:{i} must be a channel ID such as C0123ABCD (not a channel name)."));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckToken(List<string> failures, string? token, string setting, string prefix, string what)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            failures.Add($"Slack:{setting} is required: {what}; set Slack__{setting} or a user secret.");
        }
        else if (!token.StartsWith(prefix, StringComparison.Ordinal))
        {
            failures.Add($"Slack:{setting} must start with {prefix} ({what}).");
        }
    }

    [GeneratedRegex("^[CGD][A-Z0-9]{2,}$")]
    private static partial Regex ChannelId();
}
