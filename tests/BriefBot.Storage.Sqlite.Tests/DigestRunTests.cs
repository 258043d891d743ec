using BriefBot.Core.Storage;

namespace BriefBot.Storage.Sqlite.Tests;

public sealed class DigestRunTests : IDisposable
{
    private static readonly DateTimeOffset Due = TestDatabase.T0;
    private static readonly DateTimeOffset Now = Due.AddSeconds(3);
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task An_occurrence_is_claimed_once()
    {
        var store = await db.OpenAsync();

        Assert.True(await store.TryClaimRunAsync("daily", Due, Now, CancellationToken.None));
        Assert.False(await store.TryClaimRunAsync("daily", Due, Now, CancellationToken.None));
        Assert.True(await store.TryClaimRunAsync("daily", Due.AddDays(1), Now, CancellationToken.None));
        Assert.True(await store.TryClaimRunAsync("weekly", Due, Now, CancellationToken.None));
    }

    [Fact]
    public async Task Two_processes_racing_from_many_tasks_claim_each_occurrence_exactly_once()
    {
        // Different busy timeouts give the two stores separate connection pools, as two processes would have.
        var one = await db.OpenAsync(TimeSpan.FromSeconds(5));
        var two = await db.OpenAsync(TimeSpan.FromSeconds(4));
        var occurrences = Enumerable.Range(0, 5).Select(i => Due.AddDays(i)).ToArray();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var claims = occurrences.SelectMany(due => Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            await start.Task;
            var store = i % 2 == 0 ? one : two;
            return (due, won: await store.TryClaimRunAsync("daily", due, Now, CancellationToken.None));
        }))).ToArray();
        start.SetResult();
        var results = await Task.WhenAll(claims);

        foreach (var due in occurrences)
        {
            Assert.Single(results, r => r.due == due && r.won);
        }
    }

    [Theory]
    [InlineData(DigestRunState.Posted)]
    [InlineData(DigestRunState.Skipped)]
    public async Task A_posted_or_skipped_occurrence_is_never_claimed_again(DigestRunState state)
    {
        var store = await db.OpenAsync();
        Assert.True(await store.TryClaimRunAsync("daily", Due, Now, CancellationToken.None));

        if (state == DigestRunState.Posted)
        {
            await store.MarkRunPostedAsync("daily", Due, Now.AddSeconds(2), CancellationToken.None);
        }
        else
        {
            await store.MarkRunSkippedAsync("daily", Due, Now.AddSeconds(2), "late", CancellationToken.None);
        }

        await store.ReleaseRunAsync("daily", Due, Now.AddSeconds(3), "too late to fail", CancellationToken.None);
        Assert.False(await store.TryClaimRunAsync("daily", Due, Now.AddMinutes(1), CancellationToken.None));
        var run = await store.GetLatestRunAsync("daily", CancellationToken.None);
        Assert.Equal(new DigestRun("daily", Due, state, Now.AddSeconds(2), state == DigestRunState.Skipped ? "late" : null), run);
    }

    [Fact]
    public async Task A_skip_without_a_claim_keeps_the_occurrence_from_being_claimed()
    {
        var store = await db.OpenAsync();

        await store.MarkRunSkippedAsync("daily", Due, Now, "missed by 3 hours", CancellationToken.None);

        Assert.False(await store.TryClaimRunAsync("daily", Due, Now, CancellationToken.None));
    }

    [Fact]
    public async Task A_skip_never_overwrites_a_post()
    {
        var store = await db.OpenAsync();
        await store.MarkRunPostedAsync("daily", Due, Now, CancellationToken.None);

        await store.MarkRunSkippedAsync("daily", Due, Now.AddSeconds(1), "late", CancellationToken.None);

        Assert.Equal(DigestRunState.Posted, (await store.GetLatestRunAsync("daily", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task A_released_occurrence_can_be_claimed_again_once()
    {
        var store = await db.OpenAsync();
        Assert.True(await store.TryClaimRunAsync("daily", Due, Now, CancellationToken.None));

        await store.ReleaseRunAsync("daily", Due, Now.AddSeconds(1), "Slack said 503", CancellationToken.None);

        Assert.Equal(new DigestRun("daily", Due, DigestRunState.Failed, Now.AddSeconds(1), "Slack said 503"), await store.GetLatestRunAsync("daily", CancellationToken.None));
        Assert.True(await store.TryClaimRunAsync("daily", Due, Now.AddMinutes(1), CancellationToken.None));
        Assert.False(await store.TryClaimRunAsync("daily", Due, Now.AddMinutes(1), CancellationToken.None));
        Assert.Equal(new DigestRun("daily", Due, DigestRunState.Claimed, Now.AddMinutes(1), null), await store.GetLatestRunAsync("daily", CancellationToken.None));
    }

    [Fact]
    public async Task The_latest_run_is_the_one_due_last_not_the_one_written_last()
    {
        var store = await db.OpenAsync();
        Assert.Null(await store.GetLatestRunAsync("daily", CancellationToken.None));

        await store.MarkRunPostedAsync("daily", Due.AddDays(2), Now, CancellationToken.None);
        await store.MarkRunSkippedAsync("daily", Due.AddDays(1), Now.AddHours(1), "late", CancellationToken.None);
        await store.MarkRunPostedAsync("weekly", Due.AddDays(9), Now, CancellationToken.None);

        var latest = await store.GetLatestRunAsync("daily", CancellationToken.None);
        Assert.Equal(Due.AddDays(2), latest!.DueAt);
        Assert.Equal(DigestRunState.Posted, latest.State);
    }

    [Fact]
    public async Task The_same_instant_with_another_offset_is_the_same_occurrence()
    {
        var store = await db.OpenAsync();
        var berlin = new DateTimeOffset(2025, 10, 26, 9, 0, 0, TimeSpan.FromHours(1));

        Assert.True(await store.TryClaimRunAsync("daily", berlin, Now, CancellationToken.None));

        Assert.False(await store.TryClaimRunAsync("daily", berlin.ToUniversalTime(), Now, CancellationToken.None));
        Assert.False(await store.TryClaimRunAsync("daily", berlin.ToOffset(TimeSpan.FromHours(-4)), Now, CancellationToken.None));
        var run = await store.GetLatestRunAsync("daily", CancellationToken.None);
        Assert.Equal(berlin, run!.DueAt);
        Assert.Equal(TimeSpan.Zero, run.DueAt.Offset);
    }
}
