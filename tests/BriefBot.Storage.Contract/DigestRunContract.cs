using BriefBot.Core.Storage;

namespace BriefBot.Storage.Contract;

public abstract class DigestRunContract(IStoreHarness harness) : StoreContract(harness)
{
    private static readonly DateTimeOffset Due = T0;
    private static readonly DateTimeOffset Now = Due.AddSeconds(3);

    [StoreFact]
    public async Task An_occurrence_is_claimed_once()
    {
        var store = await OpenAsync();

        Assert.True(await store.TryClaimRunAsync("daily", Due, Now, CancellationToken.None));
        Assert.False(await store.TryClaimRunAsync("daily", Due, Now, CancellationToken.None));
        Assert.True(await store.TryClaimRunAsync("daily", Due.AddDays(1), Now, CancellationToken.None));
        Assert.True(await store.TryClaimRunAsync("weekly", Due, Now, CancellationToken.None));
    }

    [StoreFact]
    public async Task Two_replicas_racing_from_many_tasks_claim_each_occurrence_exactly_once()
    {
        IBriefBotStore[] replicas = [await OpenAsync(), await OpenAsync()];
        var occurrences = Enumerable.Range(0, 5).Select(i => Due.AddDays(i)).ToArray();

        var results = await RaceAsync(replicas, occurrences.Length * 16, async (store, i) =>
        {
            var due = occurrences[i / 16];
            return (due, won: await store.TryClaimRunAsync("daily", due, Now, CancellationToken.None));
        });

        Assert.All(occurrences, due => Assert.Single(results, r => r.due == due && r.won));
    }

    [StoreFact]
    public async Task A_failed_occurrence_is_taken_over_by_exactly_one_replica()
    {
        IBriefBotStore[] replicas = [await OpenAsync(), await OpenAsync()];
        Assert.True(await replicas[0].TryClaimRunAsync("daily", Due, Now, CancellationToken.None));
        await replicas[0].ReleaseRunAsync("daily", Due, Now.AddSeconds(1), "Slack said 503", CancellationToken.None);

        var results = await RaceAsync(replicas, 16, (store, _) => store.TryClaimRunAsync("daily", Due, Now.AddMinutes(1), CancellationToken.None));

        Assert.Single(results, won => won);
        Assert.Equal(new DigestRun("daily", Due, DigestRunState.Claimed, Now.AddMinutes(1), null), await replicas[1].GetLatestRunAsync("daily", CancellationToken.None));
    }

    [StoreFact]
    public async Task Recent_runs_come_newest_first_within_the_limit_with_each_outcome_and_only_that_digests()
    {
        var store = await OpenAsync();
        Assert.True(await store.TryClaimRunAsync("daily", Due, Now, CancellationToken.None));
        await store.MarkRunPostedAsync("daily", Due, Now, CancellationToken.None);
        await store.MarkRunSkippedAsync("daily", Due.AddDays(1), Now.AddDays(1), "too late to catch up", CancellationToken.None);
        Assert.True(await store.TryClaimRunAsync("daily", Due.AddDays(2), Now.AddDays(2), CancellationToken.None));
        await store.ReleaseRunAsync("daily", Due.AddDays(2), Now.AddDays(2), "Slack said 503", CancellationToken.None);
        Assert.True(await store.TryClaimRunAsync("daily", Due.AddDays(3), Now.AddDays(3), CancellationToken.None));
        Assert.True(await store.TryClaimRunAsync("weekly", Due.AddDays(4), Now.AddDays(4), CancellationToken.None));

        var recent = await store.GetRecentRunsAsync("daily", 3, CancellationToken.None);
        var all = await store.GetRecentRunsAsync("daily", 10, CancellationToken.None);

        Assert.Equal(
            [
                new DigestRun("daily", Due.AddDays(3), DigestRunState.Claimed, Now.AddDays(3), null),
                new DigestRun("daily", Due.AddDays(2), DigestRunState.Failed, Now.AddDays(2), "Slack said 503"),
                new DigestRun("daily", Due.AddDays(1), DigestRunState.Skipped, Now.AddDays(1), "too late to catch up"),
            ],
            recent);
        Assert.Equal(4, all.Count);
        Assert.Equal(new DigestRun("daily", Due, DigestRunState.Posted, Now, null), all[^1]);
        Assert.Equal(recent[0], await store.GetLatestRunAsync("daily", CancellationToken.None));
    }

    [StoreFact]
    public async Task A_released_occurrence_can_be_claimed_again_once()
    {
        var store = await OpenAsync();
        Assert.True(await store.TryClaimRunAsync("daily", Due, Now, CancellationToken.None));

        await store.ReleaseRunAsync("daily", Due, Now.AddSeconds(1), "Slack said 503", CancellationToken.None);

        Assert.Equal(new DigestRun("daily", Due, DigestRunState.Failed, Now.AddSeconds(1), "Slack said 503"), await store.GetLatestRunAsync("daily", CancellationToken.None));
        Assert.True(await store.TryClaimRunAsync("daily", Due, Now.AddMinutes(1), CancellationToken.None));
        Assert.False(await store.TryClaimRunAsync("daily", Due, Now.AddMinutes(1), CancellationToken.None));
    }

    [StoreFact]
    public async Task A_posted_or_skipped_occurrence_is_never_claimed_again_nor_released()
    {
        var store = await OpenAsync();
        foreach (var state in new[] { DigestRunState.Posted, DigestRunState.Skipped })
        {
            var digest = state.ToString();
            Assert.True(await store.TryClaimRunAsync(digest, Due, Now, CancellationToken.None));
            if (state == DigestRunState.Posted)
            {
                await store.MarkRunPostedAsync(digest, Due, Now.AddSeconds(2), CancellationToken.None);
            }
            else
            {
                await store.MarkRunSkippedAsync(digest, Due, Now.AddSeconds(2), "late", CancellationToken.None);
            }

            await store.ReleaseRunAsync(digest, Due, Now.AddSeconds(3), "too late to fail", CancellationToken.None);
            Assert.False(await store.TryClaimRunAsync(digest, Due, Now.AddMinutes(1), CancellationToken.None));
            var run = await store.GetLatestRunAsync(digest, CancellationToken.None);
            Assert.Equal(new DigestRun(digest, Due, state, Now.AddSeconds(2), state == DigestRunState.Skipped ? "late" : null), run);
        }
    }

    [StoreFact]
    public async Task A_skip_without_a_claim_keeps_the_occurrence_from_being_claimed_and_never_overwrites_a_post()
    {
        var store = await OpenAsync();
        await store.MarkRunSkippedAsync("daily", Due, Now, "missed by 3 hours", CancellationToken.None);
        await store.MarkRunPostedAsync("weekly", Due, Now, CancellationToken.None);

        await store.MarkRunSkippedAsync("weekly", Due, Now.AddSeconds(1), "late", CancellationToken.None);

        Assert.False(await store.TryClaimRunAsync("daily", Due, Now, CancellationToken.None));
        Assert.Equal(DigestRunState.Posted, (await store.GetLatestRunAsync("weekly", CancellationToken.None))!.State);
    }

    [StoreFact]
    public async Task The_latest_run_is_the_one_due_last_not_the_one_written_last()
    {
        var store = await OpenAsync();
        Assert.Null(await store.GetLatestRunAsync("daily", CancellationToken.None));

        await store.MarkRunPostedAsync("daily", Due.AddDays(2), Now, CancellationToken.None);
        await store.MarkRunSkippedAsync("daily", Due.AddDays(1), Now.AddHours(1), "late", CancellationToken.None);
        await store.MarkRunPostedAsync("weekly", Due.AddDays(9), Now, CancellationToken.None);

        var latest = await store.GetLatestRunAsync("daily", CancellationToken.None);
        Assert.Equal((Due.AddDays(2), DigestRunState.Posted), (latest!.DueAt, latest.State));
    }

    [StoreFact]
    public async Task The_same_instant_with_another_offset_is_the_same_occurrence()
    {
        var store = await OpenAsync();
        var berlin = new DateTimeOffset(2025, 10, 26, 9, 0, 0, TimeSpan.FromHours(1));

        Assert.True(await store.TryClaimRunAsync("daily", berlin, Now, CancellationToken.None));

        Assert.False(await store.TryClaimRunAsync("daily", berlin.ToUniversalTime(), Now, CancellationToken.None));
        Assert.False(await store.TryClaimRunAsync("daily", berlin.ToOffset(TimeSpan.FromHours(-4)), Now, CancellationToken.None));
        var run = await store.GetLatestRunAsync("daily", CancellationToken.None);
        Assert.Equal(berlin, run!.DueAt);
        Assert.Equal(TimeSpan.Zero, run.DueAt.Offset);
    }
}
