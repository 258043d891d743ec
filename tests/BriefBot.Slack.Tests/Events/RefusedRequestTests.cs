using System.Net;
using BriefBot.Slack.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Tests.Events;

/// <summary>Requests the endpoint cannot use: refused with the right status, and one plain warning, never a stack trace or the body.</summary>
public sealed class RefusedRequestTests : SlackHostTest
{
    [Fact]
    public async Task A_body_over_the_limit_gets_413_and_one_warning_without_a_stack_trace()
    {
        await StartHostAsync();
        var body = new string('x', 1_100_000);

        using var response = await Sender.SendRawAsync(body, "application/json", Sender.Timestamp(), Sender.Sign(Sender.Timestamp(), body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var warning = Assert.Single(Host.Logs, e => e.Id.Id == 1017);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Null(warning.Exception);
        Assert.DoesNotContain(Host.Logs, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Malformed_signed_json_gets_400_and_a_warning_that_quotes_nothing_of_it()
    {
        await StartHostAsync();

        using var response = await Sender.PostJsonAsync("""{"type":"event_callback","event":{"text":"where is the secret bunker""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var warning = Assert.Single(Host.Logs, e => e.Id.Id == 1014);
        Assert.Null(warning.Exception);
        Assert.DoesNotContain(Host.Logs, e => e.Message.Contains("bunker", StringComparison.Ordinal) || e.Exception?.Message.Contains("bunker", StringComparison.Ordinal) == true);
    }
}
