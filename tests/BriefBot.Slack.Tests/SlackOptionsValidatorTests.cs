using Microsoft.Extensions.Options;

namespace BriefBot.Slack.Tests;

public class SlackOptionsValidatorTests
{
    private static SlackOptions Valid(SlackMode mode) => new()
    {
        Enabled = true,
        Mode = mode,
        BotToken = "xoxb-1",
        SigningSecret = "secret",
        AppToken = "xapp-1",
        Channels = ["C0123ABCD"],
    };

    private static ValidateOptionsResult Validate(SlackOptions options) => new SlackOptionsValidator().Validate(null, options);

    [Theory]
    [InlineData(SlackMode.Http)]
    [InlineData(SlackMode.SocketMode)]
    public void Accepts_a_complete_configuration(SlackMode mode) => Assert.True(Validate(Valid(mode)).Succeeded);

    [Fact]
    public void Does_not_check_a_disabled_adapter() => Assert.True(Validate(new SlackOptions()).Succeeded);

    [Fact]
    public void The_defaults_are_slacks()
    {
        var options = new SlackOptions();
        Assert.Equal(new Uri("https://slack.com/api/"), options.ApiBase);
        Assert.Equal("/brief", options.Command);
        Assert.True(options.ReplyInThread);
    }

    [Theory]
    [InlineData(SlackMode.Http, "BotToken", null, "Slack:BotToken is required")]
    [InlineData(SlackMode.Http, "BotToken", "xoxp-user", "Slack:BotToken must start with xoxb-")]
    [InlineData(SlackMode.Http, "SigningSecret", "", "Slack:SigningSecret is required")]
    [InlineData(SlackMode.SocketMode, "AppToken", null, "Slack:AppToken is required")]
    [InlineData(SlackMode.SocketMode, "AppToken", "xoxb-notapp", "Slack:AppToken must start with xapp-")]
    [InlineData(SlackMode.Http, "ApiBaseUrl", "slack.com/api", "Slack:ApiBaseUrl must be an absolute")]
    [InlineData(SlackMode.Http, "Command", "brief", "Slack:Command must be a slash command")]
    [InlineData(SlackMode.Http, "Channels", "general", "Slack:Channels:0 must be a channel ID")]
    public void Names_the_bad_setting(SlackMode mode, string setting, string? value, string message)
    {
        var options = Valid(mode);
        switch (setting)
        {
            case "BotToken": options.BotToken = value; break;
            case "SigningSecret": options.SigningSecret = value; break;
            case "AppToken": options.AppToken = value; break;
            case "ApiBaseUrl": options.ApiBaseUrl = value!; break;
            case "Command": options.Command = value!; break;
            default: options.Channels = [value!]; break;
        }

        var result = Validate(options);
        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage);
        if (setting.EndsWith("Token", StringComparison.Ordinal) && value is { Length: > 0 })
        {
            Assert.DoesNotContain(value, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Http_mode_needs_no_app_token_and_socket_mode_no_signing_secret()
    {
        var http = Valid(SlackMode.Http);
        http.AppToken = null;
        Assert.True(Validate(http).Succeeded);
        var socket = Valid(SlackMode.SocketMode);
        socket.SigningSecret = null;
        Assert.True(Validate(socket).Succeeded);
    }
}
