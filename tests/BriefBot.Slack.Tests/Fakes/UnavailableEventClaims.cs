using BriefBot.Core.Chat;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>A claims store whose database is down: every claim throws, as a connection failure would.</summary>
public sealed class UnavailableEventClaims : IEventClaims
{
    public int Attempts { get; private set; }

    public Task<bool> TryClaimEventAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Attempts++;
        throw new InvalidOperationException("The database is not reachable.");
    }
}
