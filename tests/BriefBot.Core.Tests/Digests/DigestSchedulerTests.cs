using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Operations;
using BriefBot.Core.Storage;
using BriefBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Digests;

/// <summary>
/// The scheduler driven by a fake clock: each <see cref="DigestScheduler.RunDueAsync"/> does what is due and returns,
/// so what it did not post by then it will not post for that moment, and the time it returns is when it would act next.
/// </summary>
public sealed class DigestSchedulerTests : IDisposable
{
    // Friday 2026-11-27, 08:30 in Berlin (07:30 UTC); the digest is due at 09:00 Berlin = 08:00 UTC.
    private static readonly DateTimeOffset BeforeDue = new(2026, 11, 27, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayDue = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static readonly DigestOptions Morning = new()
    {
        Name = "morning", Platform = "console", Channel = "general", Schedule = "0 9 * * MON-FRI", TimeZone = "Europe/Berlin",
    };

    private readonly InMemoryBriefBotStore store = new();
    private readonly RecordingChatAdapter adapter = new();
    private readonly List<DigestScheduler> schedulers = [];
    private readonly FakeTimeProvider time = new(BeforeDue);
    private readonly FakeLogger<DigestScheduler> log = new();
    private readonly TestMeters meters = new();
    private readonly StoreHealth health;
    private readonly BriefBotMetrics metrics;

    public DigestSchedulerTests()
    {
        health = new StoreHealth(time);
        metrics = new BriefBotMetrics(meters.Factory);
    }

    public void Dispose()
    {
        schedulers.ForEach(s => s.Dispose());
        metrics.Dispose();
        meters.Dispose();
    }

    [Fact]
    public async Task Posts_when_due_and_not_before()
    {
        var scheduler = Scheduler();

        Assert.Equal(Due, await scheduler.RunDueAsync());
        time.SetUtcNow(Due - TimeSpan.FromSeconds(1));
        Assert.Equal(Due, await scheduler.RunDueAsync());
        Assert.Empty(adapter.Posts);

        time.SetUtcNow(Due);
        Assert.Equal(MondayDue, await scheduler.RunDueAsync());
        Assert.Equal("general", Assert.Single(adapter.Posts).Channel);
        Assert.Equal((Due, DigestRunState.Posted), (Assert.Single(store.Runs).DueAt, store.Runs[0].State));
    }

    [Fact]
    public async Task A_restart_after_posting_does_not_post_again()
    {
        time.SetUtcNow(Due);
        await Scheduler().RunDueAsync();
        Assert.Single(adapter.Posts);

        time.Advance(TimeSpan.FromMinutes(10));
        var restarted = Scheduler();

        Assert.Equal(MondayDue, await restarted.RunDueAsync());
        Assert.Single(adapter.Posts);
    }

    [Fact]
    public async Task A_run_missed_while_down_is_posted_once_on_start_within_the_catch_up_window()
    {
        time.SetUtcNow(Due + TimeSpan.FromMinutes(40));
        var scheduler = Scheduler();

        await scheduler.RunDueAsync();
        await scheduler.RunDueAsync();

        Assert.Single(adapter.Posts);
        var run = Assert.Single(store.Runs);
        Assert.Equal((Due, DigestRunState.Posted), (run.DueAt, run.State));
    }

    [Fact]
    public async Task A_run_missed_by_more_than_the_catch_up_window_is_skipped_and_recorded()
    {
        var yesterday = Due - TimeSpan.FromDays(1);
        await store.TryClaimRunAsync("morning", yesterday, yesterday, CancellationToken.None);
        await store.MarkRunPostedAsync("morning", yesterday, yesterday, CancellationToken.None);
        time.SetUtcNow(Due + TimeSpan.FromMinutes(90));

        Assert.Equal(MondayDue, await Scheduler().RunDueAsync());

        Assert.Equal(2, store.Runs.Count);
        Assert.Equal((Due, DigestRunState.Skipped), (store.Runs[^1].DueAt, store.Runs[^1].State));
        Assert.Empty(adapter.Posts);
    }

    [Fact]
    public async Task Of_several_runs_missed_while_down_only_the_latest_is_posted()
    {
        // Down since Tuesday's digest; started Friday 09:20 Berlin.
        await store.TryClaimRunAsync("morning", Due - TimeSpan.FromDays(3), Due, CancellationToken.None);
        await store.MarkRunPostedAsync("morning", Due - TimeSpan.FromDays(3), Due, CancellationToken.None);
        time.SetUtcNow(Due + TimeSpan.FromMinutes(20));
        using var digests = meters.Collect<long>("briefbot.digests");

        await Scheduler().RunDueAsync();

        Assert.Single(adapter.Posts);
        Assert.Contains(store.Runs, r => r.State == DigestRunState.Skipped && r.DueAt == Due - TimeSpan.FromDays(1));
        Assert.Contains(store.Runs, r => r.State == DigestRunState.Posted && r.DueAt == Due);
        var skipped = Assert.Single(log.Collector.GetSnapshot(), r => r.Id.Id == 522);
        Assert.Equal((LogLevel.Warning, true), (skipped.Level, skipped.Message.Contains("2 missed", StringComparison.Ordinal)));
        Assert.Equal(["skipped", "posted"], digests.GetMeasurementSnapshot().Select(m => (string?)m.Tags["result"]));
    }

    [Fact]
    public async Task Two_overlapping_triggers_post_exactly_once()
    {
        var one = Scheduler();
        var two = Scheduler();
        await Task.WhenAll(one.RunDueAsync(), two.RunDueAsync());
        time.SetUtcNow(Due);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? one : two).RunDueAsync())));

        Assert.Single(adapter.Posts);
    }

    [Fact]
    public async Task A_failed_post_is_given_back_retried_with_backoff_and_then_delivered_once()
    {
        adapter.FailuresToCome = 2;
        time.SetUtcNow(Due);
        var scheduler = Scheduler();

        var first = await scheduler.RunDueAsync();
        Assert.Equal(DigestRunState.Failed, Assert.Single(store.Runs).State);
        Assert.InRange(first!.Value - Due, TimeSpan.FromSeconds(7.5), TimeSpan.FromSeconds(15));
        time.SetUtcNow(first.Value);
        var second = await scheduler.RunDueAsync();
        Assert.InRange(second!.Value - first.Value, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30));
        Assert.Empty(adapter.Posts);

        time.SetUtcNow(second.Value);
        Assert.Equal(MondayDue, await scheduler.RunDueAsync());
        Assert.Single(adapter.Posts);
        Assert.Equal(DigestRunState.Posted, Assert.Single(store.Runs).State);
    }

    [Fact]
    public async Task A_post_that_keeps_failing_is_given_up_once_past_the_catch_up_window()
    {
        adapter.FailuresToCome = int.MaxValue;
        time.SetUtcNow(Due);
        var scheduler = Scheduler();
        using var digests = meters.Collect<long>("briefbot.digests");

        var next = await scheduler.RunDueAsync();
        var tries = 1;
        for (; next < MondayDue; tries++)
        {
            time.SetUtcNow(next.Value);
            next = await scheduler.RunDueAsync();
        }

        Assert.Equal(MondayDue, next);
        Assert.InRange(time.GetUtcNow() - Due, Morning.CatchUpWindow - TimeSpan.FromMinutes(5), Morning.CatchUpWindow);
        Assert.InRange(tries, 8, 30);
        Assert.Equal(DigestRunState.Failed, Assert.Single(store.Runs).State);
        Assert.Equal(tries, log.Collector.GetSnapshot().Count(r => r.Id.Id == 524));
        var gaveUp = Assert.Single(log.Collector.GetSnapshot(), r => r.Id.Id == 526);
        Assert.Equal(LogLevel.Error, gaveUp.Level);
        Assert.Contains("morning", gaveUp.Message, StringComparison.Ordinal);
        Assert.Equal(["failed"], digests.GetMeasurementSnapshot().Select(m => (string?)m.Tags["result"]));
    }

    [Fact]
    public async Task A_locked_store_loses_nothing_the_run_is_retried_and_readiness_shows_it_until_then()
    {
        store.ClaimFailure = new IOException("database is locked");
        time.SetUtcNow(Due);
        var scheduler = Scheduler();

        var retry = await scheduler.RunDueAsync();
        Assert.Empty(adapter.Posts);
        var failure = Assert.IsType<StoreFailure>(health.Failure);
        Assert.Equal("digest run", failure.What);
        Assert.Contains("database is locked", failure.Error, StringComparison.Ordinal);

        store.ClaimFailure = null;
        time.SetUtcNow(retry!.Value);
        await scheduler.RunDueAsync();

        Assert.Single(adapter.Posts);
        Assert.Null(health.Failure);
    }

    [Fact]
    public async Task A_store_that_fails_after_the_post_does_not_get_the_digest_posted_twice()
    {
        store.MarkPostedFailure = new IOException("disk I/O error");
        time.SetUtcNow(Due);
        var scheduler = Scheduler();

        Assert.Equal(MondayDue, await scheduler.RunDueAsync());
        time.SetUtcNow(Due + Morning.CatchUpWindow);
        await scheduler.RunDueAsync();

        Assert.Single(adapter.Posts);
        Assert.Equal(DigestRunState.Claimed, store.Runs.Single().State);
        Assert.Equal("digest run", health.Failure?.What);
    }

    [Fact]
    public async Task A_store_unreadable_on_start_is_retried_and_the_missed_run_still_caught_up()
    {
        store.LatestRunFailures = 1;
        time.SetUtcNow(Due + TimeSpan.FromMinutes(5));
        var scheduler = Scheduler();

        var retry = await scheduler.RunDueAsync();
        Assert.Empty(adapter.Posts);
        Assert.Contains("unable to open database file", health.Failure?.Error, StringComparison.Ordinal);

        time.SetUtcNow(retry!.Value);
        await scheduler.RunDueAsync();
        Assert.Single(adapter.Posts);
        Assert.Null(health.Failure);
    }

    [Fact]
    public void A_digest_for_a_platform_that_is_not_enabled_is_refused_naming_it()
    {
        var scheduler = Scheduler(new DigestOptions { Name = "ops", Platform = "slack", Channel = "C1", Schedule = "0 9 * * *" });

        var error = Assert.Throws<DigestConfigurationException>(scheduler.CheckPlatforms);

        Assert.Contains("Digest 'ops'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Platform 'slack' is not enabled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_claimed_by_a_replica_that_died_mid_post_is_taken_over_once_its_lease_runs_out()
    {
        // The other replica claimed the run at its due time and died before posting.
        Assert.True(await store.TryClaimRunAsync(Morning.Name, Due, Due, CancellationToken.None));
        time.SetUtcNow(Due);
        var scheduler = Scheduler();

        var lease = Due + TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1);
        Assert.Equal(lease, await scheduler.RunDueAsync());
        time.SetUtcNow(lease - TimeSpan.FromSeconds(1));
        Assert.Equal(lease, await scheduler.RunDueAsync());
        Assert.Empty(adapter.Posts);

        time.SetUtcNow(lease);
        Assert.Equal(MondayDue, await scheduler.RunDueAsync());
        Assert.Single(adapter.Posts);
        Assert.Equal(DigestRunState.Posted, store.Runs.Single().State);
    }

    [Fact]
    public async Task A_run_the_other_replica_finishes_is_not_posted_again_when_its_lease_would_have_run_out()
    {
        Assert.True(await store.TryClaimRunAsync(Morning.Name, Due, Due, CancellationToken.None));
        time.SetUtcNow(Due);
        var scheduler = Scheduler();
        var lease = await scheduler.RunDueAsync();

        time.Advance(TimeSpan.FromMinutes(2));
        await store.MarkRunPostedAsync(Morning.Name, Due, time.GetUtcNow(), CancellationToken.None);
        time.SetUtcNow(lease!.Value);

        Assert.Equal(MondayDue, await scheduler.RunDueAsync());
        Assert.Empty(adapter.Posts);
        Assert.Equal(DigestRunState.Posted, store.Runs.Single().State);
    }

    [Fact]
    public async Task A_retry_does_not_hold_up_another_digest()
    {
        var ops = new DigestOptions { Name = "ops", Platform = "console", Channel = "ops", Schedule = "0 8 * * *", TimeZone = "UTC" };
        time.SetUtcNow(Due - TimeSpan.FromMinutes(1));
        var scheduler = Scheduler(Morning, ops);
        await scheduler.RunDueAsync();
        adapter.FailuresToCome = 1;

        time.SetUtcNow(Due);
        var retry = await scheduler.RunDueAsync();

        // Both were due at 08:00: the first to be posted failed and waits for its retry; the other went out meanwhile.
        Assert.Equal("ops", Assert.Single(adapter.Posts).Channel);
        Assert.InRange(retry!.Value - Due, TimeSpan.FromSeconds(7.5), TimeSpan.FromSeconds(15));
        time.SetUtcNow(retry.Value);
        await scheduler.RunDueAsync();
        Assert.Equal(["ops", "general"], adapter.Posts.Select(p => p.Channel));
    }

    private DigestScheduler Scheduler(params DigestOptions[] digests)
    {
        var options = new DigestsOptions();
        options.Items.AddRange(digests.Length == 0 ? [Morning] : digests);
        var knowledge = new KnowledgeSource(Options.Create(new KnowledgeOptions()), Options.Create(new MatchingOptions()), NullLogger<KnowledgeSource>.Instance, time);
        knowledge.Serve(TestKnowledge.Default());
        var scheduler = new DigestScheduler(Options.Create(options), [adapter], store, new DigestComposer(knowledge, store), time, log, metrics, health);
        schedulers.Add(scheduler);
        return scheduler;
    }
}
