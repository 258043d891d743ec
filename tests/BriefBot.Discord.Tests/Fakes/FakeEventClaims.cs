using BriefBot.Core.Chat;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>The store's event claims as several processes share them, or as they fail: down (throws) or stuck (never answers).</summary>
public sealed class FakeEventClaims : IEventClaims
{
    private readonly MemoryEventClaims claims = new();
    private volatile bool down;
    private volatile bool stuck;

    public bool Down { get => down; init => down = value; }

    public bool Stuck { get => stuck; init => stuck = value; }

    public async Task<bool> TryClaimEventAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new InvalidOperationException("The database is down.");
        }

        if (Stuck)
        {
            // A store that does not even honour the token.
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
        }

        return await claims.TryClaimEventAsync(platform, eventId, now, cancellationToken);
    }
}
