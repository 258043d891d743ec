using BriefBot.Core.Digests;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>A digest previewer that returns a fixed digest and remembers what it was asked for.</summary>
public sealed class FakeDigestPreviewer(Digest digest) : IDigestPreviewer
{
    public List<(string Platform, string Channel)> Requests { get; } = [];

    public Task<Digest> PreviewAsync(string platform, string channel, CancellationToken cancellationToken)
    {
        Requests.Add((platform, channel));
        return Task.FromResult(digest);
    }
}
