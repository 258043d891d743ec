using BriefBot.Core.Chat;

namespace BriefBot.Core.Tests.Chat;

public sealed class MemoryEventClaimsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_event_is_claimed_once_per_platform()
    {
        var claims = new MemoryEventClaims();

        Assert.True(await claims.TryClaimEventAsync("slack", "Ev1", T0, CancellationToken.None));
        Assert.False(await claims.TryClaimEventAsync("slack", "Ev1", T0.AddMinutes(5), CancellationToken.None));
        Assert.True(await claims.TryClaimEventAsync("discord", "Ev1", T0, CancellationToken.None));
    }

    [Fact]
    public async Task Claims_are_forgotten_after_the_retention_so_memory_stays_bounded()
    {
        var claims = new MemoryEventClaims();
        await claims.TryClaimEventAsync("slack", "Ev1", T0, CancellationToken.None);

        await claims.TryClaimEventAsync("slack", "Ev2", T0 + MemoryEventClaims.Retention + TimeSpan.FromMinutes(11), CancellationToken.None);

        Assert.True(await claims.TryClaimEventAsync("slack", "Ev1", T0 + MemoryEventClaims.Retention + TimeSpan.FromMinutes(12), CancellationToken.None));
    }
}
