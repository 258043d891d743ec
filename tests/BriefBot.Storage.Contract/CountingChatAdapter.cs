using BriefBot.Core.Chat;
using BriefBot.Core.Digests;

namespace BriefBot.Storage.Contract;

/// <summary>A chat platform that counts the digests posted to it; shared by replicas, as the real channel would be.</summary>
public sealed class CountingChatAdapter : IChatAdapter
{
    private int posts;

    public string Platform => "console";

    public int Posts => Volatile.Read(ref posts);

    public Task PostDigestAsync(string channel, Digest digest, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref posts);
        return Task.CompletedTask;
    }
}
