using BriefBot.Core.Chat;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>A claims store that answers only when the test releases it: a database under load.</summary>
public sealed class SlowEventClaims : IEventClaims
{
    private readonly MemoryEventClaims claims = new();
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource claiming = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first claim reaches the store.</summary>
    public Task Claiming => claiming.Task;

    public void Release() => release.TrySetResult();

    public async Task<bool> TryClaimEventAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        claiming.TrySetResult();
        await release.Task.WaitAsync(cancellationToken);
        return await claims.TryClaimEventAsync(platform, eventId, now, cancellationToken);
    }
}
