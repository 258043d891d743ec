using BriefBot.Core.Chat;
using BriefBot.Core.Digests;
using BriefBot.Slack.Api;
using BriefBot.Slack.BlockKit;

namespace BriefBot.Slack;

/// <summary>Slack as the rest of BriefBot sees it: digests posted with chat.postMessage, split when over Block Kit's limits.</summary>
internal sealed class SlackChatAdapter(SlackWebApi api) : IChatAdapter
{
    public const string PlatformName = "slack";

    public string Platform => PlatformName;

    public async Task PostDigestAsync(string channel, Digest digest, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        foreach (var message in BlockKitDigest.Render(digest))
        {
            var result = await api.PostMessageAsync(PostMessageRequest.For(channel, message), cancellationToken).ConfigureAwait(false);
            if (!result.Ok)
            {
                throw new SlackDeliveryException($"Slack did not accept the digest for channel {channel}: {result.Error}");
            }
        }
    }
}
