using System.Net;
using System.Text.Json.Nodes;
using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Slack.Commands;
using BriefBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Slack.Tests.Commands;

/// <summary>/brief over HTTP: the reply is the response to the signed request itself.</summary>
public sealed class SlashCommandTests : SlackHostTest
{
    private async Task<JsonNode> CommandAsync(string text, Action<IServiceCollection>? services = null)
    {
        await StartHostAsync(services: services);
        using var response = await Sender.PostFormAsync(SlackRequestSender.Form(SlackPayloads.SlashCommand(text, Slack.ResponseUrl("cmd1"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Answers_a_question_ephemerally_in_the_response()
    {
        var reply = await CommandAsync("where do I park?");

        Assert.Equal("ephemeral", (string)reply["response_type"]!);
        var texts = BlockJson.Texts(reply).ToList();
        Assert.Contains("*You asked:* where do I park?", texts);
        Assert.Contains(texts, t => t.StartsWith(">Parking is in the underground garage", StringComparison.Ordinal));
        Assert.Single(BlockJson.OfType(reply, "actions"));
        Assert.Empty(Posts);
        Assert.Equal("CGENERAL", Assert.Single(Host.Questions.Questions).Channel);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Help_and_an_empty_question_get_usage(string text)
    {
        var reply = await CommandAsync(text);
        Assert.Equal("ephemeral", (string)reply["response_type"]!);
        var usage = Assert.Single(BlockJson.Texts(reply));
        Assert.Contains("`/brief &lt;question&gt;`", usage);
        Assert.Contains("`/brief digest`", usage);
        Assert.Empty(Host.Questions.Questions);
    }

    [Fact]
    public async Task Digest_without_digests_configured_says_so()
    {
        var reply = await CommandAsync("digest");
        Assert.Equal("ephemeral", (string)reply["response_type"]!);
        Assert.Contains("No digests are configured", Assert.Single(BlockJson.Texts(reply)));
    }

    [Fact]
    public async Task Digest_previews_this_channels_digest()
    {
        var digest = new Digest("Weekly", DateTimeOffset.UnixEpoch, [new BriefingDigest("Office Move Briefing", "office-move.txt", [new Quote("Moves on 1 March.", new SourceRef("Office Move Briefing", null, "office-move.txt"))], null, false)], []);
        var previewer = new FakeDigestPreviewer(digest);

        var reply = await CommandAsync("digest", s => s.AddSingleton<IDigestPreviewer>(previewer));

        Assert.Equal("ephemeral", (string)reply["response_type"]!);
        Assert.Equal("Digest: Weekly", (string)BlockJson.Blocks(reply)[0]["text"]!["text"]!);
        Assert.Equal(("slack", "CGENERAL"), Assert.Single(previewer.Requests));
    }

    [Fact]
    public async Task Echoes_a_question_without_any_live_mention()
    {
        var reply = await CommandAsync("<!channel> <@U123> docking station?");
        Assert.False(BlockJson.HasLiveMention(reply.ToJsonString()));
    }

    [Fact]
    public async Task A_reply_that_misses_the_ack_deadline_follows_on_the_response_url()
    {
        var answerer = await StartWithSlowAnswererAsync();

        using var response = await SlashCommandPastItsDeadlineAsync();
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("Looking that up", (string)ack["text"]!);
        Assert.True(Host.Time.GetUtcNow() - SlackTestHost.StartTime >= SlashCommandHandler.Deadline);

        answerer.Release();
        await Wait.UntilAsync(() => Slack.CallsTo("response_url").Count == 1);
        var late = Slack.CallsTo("response_url")[0];
        Assert.Equal("", late.Authorization);
        Assert.Equal("ephemeral", (string)late.Json["response_type"]!);
        Assert.Contains("It took a while.", (string)late.Json["text"]!);
    }
}
