using BriefBot.Core.Operations;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Tests.Operations;

/// <summary>
/// A realistic conversation (mention, DM, slash command, button click, a Slack hiccup on the way) through the real
/// adapter, logged at every level: what an operator's log store receives at Information and above holds no
/// question, token, signing secret, response_url or Socket Mode URL, and neither does the readiness board.
/// </summary>
public sealed class LogAuditTests : SlackHostTest
{
    private static readonly string[] Questions = ["where does the quokka park", "when does the wombat office move", "docking station for the platypus"];

    private string[] Secrets =>
        ["xoxb-", "xapp-", SlackTestHost.SigningSecret, FakeSlack.SocketTicket, "/response/", Slack.ResponseUrl("cmd"), "quokka", "wombat", "platypus"];

    [Fact]
    public async Task Over_http_nothing_secret_or_asked_is_logged_at_information()
    {
        await StartHostAsync();
        Slack.Script("chat.postMessage", FakeResponse.ServerError());
        Slack.Script("response_url", new FakeResponse(404, "expired_url"));

        await Sender.PostJsonAsync(SlackPayloads.Callback("EvA", SlackPayloads.Mention(Questions[0])));
        await Sender.PostJsonAsync(SlackPayloads.Callback("EvB", SlackPayloads.Message(Questions[1], "DALICE", "im")));
        (await Sender.PostFormAsync(SlackRequestSender.Form(SlackPayloads.SlashCommand(Questions[2], Slack.ResponseUrl("cmd"))))).Dispose();
        await Sender.PostFormAsync(SlackRequestSender.Form(("payload", SlackPayloads.BlockActions(FeedbackActions.Helpful, "fact-x", Slack.ResponseUrl("click")))));

        await Wait.UntilAsync(() => Posts.Count == 3 && Slack.CallsTo("response_url").Count == 1, Host.Time);
        await AssertNothingSecretAsync();
    }

    [Fact]
    public async Task Over_socket_mode_nothing_secret_or_asked_is_logged_at_information()
    {
        await StartHostAsync(SlackMode.SocketMode);
        Slack.Script("chat.postMessage", FakeResponse.ServerError());
        Slack.Script("response_url", new FakeResponse(404, "expired_url"));
        var session = await Slack.NextSessionAsync();
        await session.SendHelloAsync();

        await session.SendAsync(SlackPayloads.Envelope("e1", "events_api", SlackPayloads.Callback("EvA", SlackPayloads.Mention(Questions[0]))));
        await session.SendAsync(SlackPayloads.Envelope("e2", "events_api", SlackPayloads.Callback("EvB", SlackPayloads.Message(Questions[1], "DALICE", "im"))));
        await session.SendAsync(SlackPayloads.Envelope("e3", "slash_commands", SlackPayloads.SlashCommandJson(Questions[2], Slack.ResponseUrl("cmd"))));
        await session.SendAsync(SlackPayloads.Envelope("e4", "interactive", SlackPayloads.BlockActions(FeedbackActions.Helpful, "fact-x", Slack.ResponseUrl("click"))));
        for (var acks = 0; acks < 4; acks++)
        {
            Assert.NotNull(await session.ReceiveAsync());
        }

        await Wait.UntilAsync(() => Posts.Count == 3 && Slack.CallsTo("response_url").Count == 1, Host.Time);
        session.Abort();
        await Wait.UntilAsync(() => Host.Logs.Any(e => e.Id.Id == 1076));
        await (await Slack.NextSessionAfterBackoffAsync(Host.Time, TimeSpan.FromSeconds(1))).SendHelloAsync();
        await AssertNothingSecretAsync();
    }

    private async Task AssertNothingSecretAsync()
    {
        // The conversation really happened and was logged: the checks below are not about an empty log.
        Assert.Equal(3, Host.Questions.Questions.Count);
        Assert.Single(Host.Questions.Feedback);
        var board = Host.Services.GetRequiredService<ConnectionBoard>();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await Host.StopAsync(timeout.Token);
        }

        var logged = Host.Logs.Where(e => e.Level >= LogLevel.Information).ToList();
        Assert.Contains(logged, e => e.Level == LogLevel.Warning);
        foreach (var entry in logged)
        {
            var text = entry.Message + "\n" + entry.Exception;
            Assert.All(Secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var connection in board.Snapshot())
        {
            Assert.All(Secrets, secret => Assert.DoesNotContain(secret, connection.Detail ?? "", StringComparison.OrdinalIgnoreCase));
        }
    }
}
