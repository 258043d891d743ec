namespace BriefBot.Storage.Sqlite.Tests;

public sealed class EventClaimTests : IDisposable
{
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task An_event_is_claimed_once_per_platform()
    {
        var store = await db.OpenAsync();

        Assert.True(await store.TryClaimEventAsync("slack", "Ev1", TestDatabase.T0, CancellationToken.None));
        Assert.False(await store.TryClaimEventAsync("slack", "Ev1", TestDatabase.T0.AddMinutes(5), CancellationToken.None));
        Assert.True(await store.TryClaimEventAsync("discord", "Ev1", TestDatabase.T0, CancellationToken.None));
        Assert.True(await store.TryClaimEventAsync("slack", "Ev2", TestDatabase.T0, CancellationToken.None));
    }

    [Fact]
    public async Task A_claim_survives_a_restart()
    {
        var before = await db.OpenAsync();
        Assert.True(await before.TryClaimEventAsync("slack", "Ev1", TestDatabase.T0, CancellationToken.None));
        before.Dispose();

        var after = await db.OpenAsync();
        Assert.False(await after.TryClaimEventAsync("slack", "Ev1", TestDatabase.T0.AddMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task Two_processes_racing_for_the_same_events_each_win_every_event_once()
    {
        var one = await db.OpenAsync(TimeSpan.FromSeconds(5));
        var two = await db.OpenAsync(TimeSpan.FromSeconds(4));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claims = Enumerable.Range(0, 20).SelectMany(e => Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return (e, won: await (i % 2 == 0 ? one : two).TryClaimEventAsync("slack", "Ev" + e, TestDatabase.T0, CancellationToken.None));
        }))).ToArray();
        start.SetResult();

        var results = await Task.WhenAll(claims);

        Assert.All(results.GroupBy(r => r.e), g => Assert.Equal(1, g.Count(r => r.won)));
    }

    [Fact]
    public async Task Claims_older_than_a_day_are_forgotten()
    {
        var store = await db.OpenAsync();
        Assert.True(await store.TryClaimEventAsync("slack", "Old", TestDatabase.T0, CancellationToken.None));

        Assert.True(await store.TryClaimEventAsync("slack", "New", TestDatabase.T0.AddDays(1).AddMinutes(1), CancellationToken.None));

        Assert.Equal(1L, db.Scalar("SELECT count(*) FROM handled_events;"));
        Assert.True(await store.TryClaimEventAsync("slack", "Old", TestDatabase.T0.AddDays(1).AddMinutes(2), CancellationToken.None));
    }
}
