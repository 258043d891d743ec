using BriefBot.Core.Storage;

namespace BriefBot.Storage.Contract;

public abstract class EventClaimContract(IStoreHarness harness) : StoreContract(harness)
{
    [StoreFact]
    public async Task An_event_is_claimed_once_per_platform_across_restarts()
    {
        var store = await OpenAsync();

        Assert.True(await store.TryClaimEventAsync("slack", "Ev1", T0, CancellationToken.None));
        Assert.False(await store.TryClaimEventAsync("slack", "Ev1", T0.AddMinutes(5), CancellationToken.None));
        Assert.True(await store.TryClaimEventAsync("discord", "Ev1", T0, CancellationToken.None));
        Assert.True(await store.TryClaimEventAsync("slack", "Ev2", T0, CancellationToken.None));
        Assert.False(await (await OpenAsync()).TryClaimEventAsync("slack", "Ev1", T0.AddHours(23), CancellationToken.None));
    }

    [StoreFact]
    public async Task Two_replicas_racing_for_the_same_events_each_win_every_event_once()
    {
        IBriefBotStore[] replicas = [await OpenAsync(), await OpenAsync()];

        var results = await RaceAsync(replicas, 20 * 6, async (store, i) =>
            (e: i / 6, won: await store.TryClaimEventAsync("slack", "Ev" + (i / 6), T0, CancellationToken.None)));

        Assert.All(results.GroupBy(r => r.e), g => Assert.Equal(1, g.Count(r => r.won)));
    }

    [StoreFact]
    public async Task Claims_older_than_a_day_are_forgotten()
    {
        var store = await OpenAsync();
        Assert.True(await store.TryClaimEventAsync("slack", "Old", T0, CancellationToken.None));
        Assert.True(await store.TryClaimEventAsync("slack", "Recent", T0.AddHours(2), CancellationToken.None));

        Assert.True(await store.TryClaimEventAsync("slack", "New", T0.AddDays(1).AddMinutes(1), CancellationToken.None));

        Assert.Equal(2L, await Harness.CountAsync("handled_events"));
        Assert.False(await store.TryClaimEventAsync("slack", "Recent", T0.AddDays(1).AddMinutes(2), CancellationToken.None));
        Assert.True(await store.TryClaimEventAsync("slack", "Old", T0.AddDays(1).AddMinutes(2), CancellationToken.None));
    }
}
