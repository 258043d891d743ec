using System.Net;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.Tests.Fakes;

namespace BriefBot.Slack.Tests.Interactivity;

/// <summary>Helpful / Not helpful clicks arrive as a signed interactivity payload and are recorded through the real Answerer.</summary>
public sealed class FeedbackButtonTests : SlackHostTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await StartHostAsync();
    }

    private async Task ClickAsync(string actionId, string entryId, string responseUrl)
    {
        var form = SlackRequestSender.Form(("payload", SlackPayloads.BlockActions(actionId, entryId, responseUrl)));
        using var response = await Sender.PostFormAsync(form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// A click that must be answered, after which an earlier click's absence is certain: clicks in one channel are
    /// handled in order.
    /// </summary>
    private async Task SentinelClickAsync()
    {
        await ClickAsync(FeedbackActions.Helpful, SentinelEntry, Slack.ResponseUrl("sentinel"));
        await Wait.UntilAsync(() => Host.Questions.Feedback.Any(f => f.EntryId == SentinelEntry) && Slack.CallsTo("response_url").Count > 0);
    }

    private const string SentinelEntry = "faq-5e5e5e5e5e5e";

    [Theory]
    [InlineData(FeedbackActions.Helpful, true)]
    [InlineData(FeedbackActions.NotHelpful, false)]
    public async Task A_click_is_recorded_and_acknowledged_to_the_clicker_only(string actionId, bool helpful)
    {
        await ClickAsync(actionId, "faq-979efb042858", Slack.ResponseUrl("click"));

        await Wait.UntilAsync(() => Slack.CallsTo("response_url").Count == 1);
        var feedback = Assert.Single(Host.Questions.Feedback);
        Assert.Equal("faq-979efb042858", feedback.EntryId);
        Assert.Equal(helpful, feedback.Helpful);
        Assert.Equal("slack", feedback.Platform);
        Assert.Equal("CGENERAL", feedback.Channel);
        Assert.NotEqual("UALICE", feedback.User);

        var ack = Slack.CallsTo("response_url")[0];
        Assert.Equal("ephemeral", (string)ack.Json["response_type"]!);
        Assert.False((bool)ack.Json["replace_original"]!);
        Assert.Equal("", ack.Authorization);
        Assert.Empty(Posts);
    }

    [Fact]
    public async Task Never_posts_to_a_response_url_outside_slack()
    {
        await ClickAsync(FeedbackActions.Helpful, "faq-979efb042858", "https://attacker.example/hook");
        await Wait.UntilAsync(() => Host.Questions.Feedback.Count == 1);
        await SentinelClickAsync();
        Assert.Single(Slack.CallsTo("response_url")); // the sentinel's
        Assert.Contains(Host.Logs, e => e.Id.Id == 1006 && e.Message.Contains("attacker.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Other_actions_are_acked_and_ignored()
    {
        await ClickAsync("some_other_button", "faq-979efb042858", Slack.ResponseUrl("click"));
        await SentinelClickAsync();
        Assert.Equal([SentinelEntry], Host.Questions.Feedback.Select(f => f.EntryId));
        Assert.Single(Slack.CallsTo("response_url"));
    }
}
