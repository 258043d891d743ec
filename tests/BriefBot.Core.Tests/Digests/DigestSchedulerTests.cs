using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Storage;
using BriefBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Digests;

public sealed class DigestSchedulerTests
{
    // Friday 2026-11-27, 08:30 in Berlin (07:30 UTC); the digest is due at 09:00 Berlin = 08:00 UTC.
    private static readonly DateTimeOffset BeforeDue = new(2026, 11, 27, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private static readonly DigestOptions Morning = new()
    {
        Name = "morning", Platform = "console", Channel = "general", Schedule = "0 9 * * MON-FRI", TimeZone = "Europe/Berlin",
    };

    private readonly InMemoryBriefBotStore store = new();
    private readonly RecordingChatAdapter adapter = new();

    private DigestScheduler Scheduler(FakeTimeProvider time, params DigestOptions[] digests)
    {
        var options = new DigestsOptions();
        options.Items.AddRange(digests.Length == 0 ? [Morning] : digests);
        var knowledge = new KnowledgeSource(Options.Create(new KnowledgeOptions()), Options.Create(new MatchingOptions()), NullLogger<KnowledgeSource>.Instance, time);
        knowledge.Serve(TestKnowledge.Default());
        return new DigestScheduler(Options.Create(options), [adapter], store, new DigestComposer(knowledge, store), time, NullLogger<DigestScheduler>.Instance);
    }

    /// <summary>Moves the clock a minute at a time, through the run's backoffs, until it ends.</summary>
    private static async Task RunToTheEndAsync(Task run, FakeTimeProvider time)
    {
        for (var i = 0; i < 20 && !run.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }

        await run;
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    [Fact]
    public async Task Posts_when_due_and_not_before()
    {
        var time = new FakeTimeProvider(BeforeDue);
        using var scheduler = Scheduler(time);
        await scheduler.StartAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(29));
        await Task.Delay(50);
        Assert.Empty(adapter.Posts);

        time.Advance(TimeSpan.FromMinutes(1));
        await Eventually(() => adapter.Posts.Count == 1);
        Assert.Equal("general", adapter.Posts[0].Channel);
        Assert.Equal(DigestRunState.Posted, Assert.Single(store.Runs).State);
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_restart_after_posting_does_not_post_again()
    {
        var time = new FakeTimeProvider(BeforeDue);
        using (var first = Scheduler(time))
        {
            await first.StartAsync(CancellationToken.None);
            time.Advance(TimeSpan.FromMinutes(30));
            await Eventually(() => adapter.Posts.Count == 1);
            await first.StopAsync(CancellationToken.None);
        }

        time.Advance(TimeSpan.FromMinutes(10));
        using var restarted = Scheduler(time);
        await restarted.StartAsync(CancellationToken.None);
        await Task.Delay(100);

        Assert.Single(adapter.Posts);
        await restarted.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_run_missed_while_down_is_posted_once_on_start_within_the_catch_up_window()
    {
        var time = new FakeTimeProvider(Due + TimeSpan.FromMinutes(40));
        using var scheduler = Scheduler(time);

        await scheduler.StartAsync(CancellationToken.None);

        await Eventually(() => adapter.Posts.Count == 1);
        var run = Assert.Single(store.Runs);
        Assert.Equal((Due, DigestRunState.Posted), (run.DueAt, run.State));
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_run_missed_by_more_than_the_catch_up_window_is_skipped_and_recorded()
    {
        var yesterday = Due - TimeSpan.FromDays(1);
        await store.TryClaimRunAsync("morning", yesterday, yesterday, CancellationToken.None);
        await store.MarkRunPostedAsync("morning", yesterday, yesterday, CancellationToken.None);
        var time = new FakeTimeProvider(Due + TimeSpan.FromMinutes(90));
        using var scheduler = Scheduler(time);

        await scheduler.StartAsync(CancellationToken.None);

        await Eventually(() => store.Runs.Count == 2);
        var run = store.Runs[^1];
        Assert.Equal((Due, DigestRunState.Skipped), (run.DueAt, run.State));
        Assert.Empty(adapter.Posts);
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Of_several_runs_missed_while_down_only_the_latest_is_posted()
    {
        // Down from Wednesday morning; started Friday 09:20 Berlin.
        var time = new FakeTimeProvider(Due + TimeSpan.FromMinutes(20));
        await store.TryClaimRunAsync("morning", Due - TimeSpan.FromDays(3), Due, CancellationToken.None);
        await store.MarkRunPostedAsync("morning", Due - TimeSpan.FromDays(3), Due, CancellationToken.None);
        using var scheduler = Scheduler(time);

        await scheduler.StartAsync(CancellationToken.None);

        await Eventually(() => adapter.Posts.Count == 1);
        await Task.Delay(50);
        Assert.Single(adapter.Posts);
        Assert.Contains(store.Runs, r => r.State == DigestRunState.Skipped && r.DueAt == Due - TimeSpan.FromDays(1));
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Two_overlapping_triggers_post_exactly_once()
    {
        var time = new FakeTimeProvider(Due);
        using var one = Scheduler(time);
        using var two = Scheduler(time);
        var schedule = DigestSchedule.Parse(Morning);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? one : two).RunAsync(schedule, Due, CancellationToken.None))));

        Assert.Single(adapter.Posts);
    }

    [Fact]
    public async Task A_failed_post_is_retried_and_then_delivered_once()
    {
        var time = new FakeTimeProvider(Due);
        adapter.FailuresToCome = 2;
        using var scheduler = Scheduler(time);
        var run = scheduler.RunAsync(DigestSchedule.Parse(Morning), Due, CancellationToken.None);

        await RunToTheEndAsync(run, time);
        Assert.Single(adapter.Posts);
        Assert.Equal(DigestRunState.Posted, Assert.Single(store.Runs).State);
    }

    [Fact]
    public async Task A_locked_store_loses_nothing_the_run_is_retried()
    {
        var time = new FakeTimeProvider(Due);
        store.ClaimFailure = new IOException("database is locked");
        using var scheduler = Scheduler(time);
        var run = scheduler.RunAsync(DigestSchedule.Parse(Morning), Due, CancellationToken.None);
        await Task.Delay(50);
        store.ClaimFailure = null;

        await RunToTheEndAsync(run, time);
        Assert.Single(adapter.Posts);
    }

    [Fact]
    public async Task A_store_that_fails_after_the_post_does_not_get_the_digest_posted_twice()
    {
        var time = new FakeTimeProvider(Due);
        store.MarkPostedFailure = new IOException("disk I/O error");
        using var scheduler = Scheduler(time);

        var run = scheduler.RunAsync(DigestSchedule.Parse(Morning), Due, CancellationToken.None);
        await RunToTheEndAsync(run, time);
        Assert.Single(adapter.Posts);
        Assert.NotEqual(DigestRunState.Failed, store.Runs.Single().State);
    }

    [Fact]
    public async Task A_digest_for_a_platform_that_is_not_enabled_stops_start_up_naming_it()
    {
        using var scheduler = Scheduler(new FakeTimeProvider(BeforeDue), new DigestOptions { Name = "ops", Platform = "slack", Channel = "C1", Schedule = "0 9 * * *" });

        var error = await Assert.ThrowsAsync<DigestConfigurationException>(() => scheduler.StartAsync(CancellationToken.None));

        Assert.Contains("Digest 'ops'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_claimed_by_a_replica_that_died_mid_post_is_taken_over_once_its_lease_runs_out()
    {
        var time = new FakeTimeProvider(Due);
        // The other replica claimed the run at its due time and died before posting.
        Assert.True(await store.TryClaimRunAsync(Morning.Name, Due, Due, CancellationToken.None));
        using var scheduler = Scheduler(time);

        await scheduler.RunAsync(DigestSchedule.Parse(Morning), Due, CancellationToken.None);
        Assert.Empty(adapter.Posts);
        time.Advance(TimeSpan.FromMinutes(9));
        await Task.Delay(50);
        Assert.Empty(adapter.Posts);

        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        await Eventually(() => adapter.Posts.Count == 1);
        await Eventually(() => store.Runs.Single().State == DigestRunState.Posted);
    }

    [Fact]
    public async Task A_run_the_other_replica_finishes_is_not_posted_again_when_its_lease_would_have_run_out()
    {
        var time = new FakeTimeProvider(Due);
        Assert.True(await store.TryClaimRunAsync(Morning.Name, Due, Due, CancellationToken.None));
        using var scheduler = Scheduler(time);
        await scheduler.RunAsync(DigestSchedule.Parse(Morning), Due, CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(2));
        await store.MarkRunPostedAsync(Morning.Name, Due, time.GetUtcNow(), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(100);

        Assert.Empty(adapter.Posts);
        Assert.Equal(DigestRunState.Posted, store.Runs.Single().State);
    }
}
