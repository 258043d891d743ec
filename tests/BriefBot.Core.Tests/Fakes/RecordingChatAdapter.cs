using BriefBot.Core.Chat;
using BriefBot.Core.Digests;

namespace BriefBot.Core.Tests.Fakes;

/// <summary>A chat platform that records the digests posted to it, and can be told to refuse the next few.</summary>
internal sealed class RecordingChatAdapter(string platform = "console") : IChatAdapter
{
    private readonly Lock gate = new();
    private readonly List<(string Channel, Digest Digest)> posts = [];

    public string Platform => platform;

    public string? DefaultChannel => platform == "console" ? "console" : null;

    public int FailuresToCome { get; set; }

    public IReadOnlyList<(string Channel, Digest Digest)> Posts
    {
        get
        {
            lock (gate)
            {
                return [.. posts];
            }
        }
    }

    public Task PostDigestAsync(string channel, Digest digest, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (FailuresToCome > 0)
            {
                FailuresToCome--;
                throw new HttpRequestException("platform unavailable");
            }

            posts.Add((channel, digest));
        }

        return Task.CompletedTask;
    }
}
