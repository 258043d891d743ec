using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Storage.Contract;

/// <summary>
/// The digest scheduler as replicas run it: each with its own store on the shared database, all posting to one
/// channel. Each replica's <see cref="DigestScheduler.RunDueAsync"/> returns once it has done what is due, so when
/// both have returned, every post either made is counted.
/// </summary>
public abstract class DigestSchedulerContract(IStoreHarness harness) : StoreContract(harness)
{
    private static readonly DateTimeOffset Due = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayDue = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static readonly DigestOptions Morning = new()
    {
        Name = "morning", Platform = "console", Channel = "general", Schedule = "0 9 * * MON-FRI", TimeZone = "Europe/Berlin",
    };

    private readonly CountingChatAdapter channel = new();

    [StoreFact]
    public async Task Two_replicas_post_a_due_digest_exactly_once()
    {
        var time = new FakeTimeProvider(Due.AddMinutes(-30));
        var store = await OpenAsync();
        using var one = Scheduler(store, time);
        using var two = Scheduler(await OpenAsync(), time);
        await Task.WhenAll(one.RunDueAsync(), two.RunDueAsync());

        time.Advance(TimeSpan.FromMinutes(30));
        await Task.WhenAll(Task.Run(() => one.RunDueAsync()), Task.Run(() => two.RunDueAsync()));

        Assert.Equal(1, channel.Posts);
        Assert.Equal(DigestRunState.Posted, (await store.GetLatestRunAsync("morning", CancellationToken.None))?.State);
        await AfterEveryLeaseAsync(time, one, two);
    }

    [StoreFact]
    public async Task Two_replicas_starting_after_a_missed_run_catch_it_up_exactly_once()
    {
        var time = new FakeTimeProvider(Due.AddMinutes(20));
        var store = await OpenAsync();
        using var one = Scheduler(store, time);
        using var two = Scheduler(await OpenAsync(), time);

        await Task.WhenAll(Task.Run(() => one.RunDueAsync()), Task.Run(() => two.RunDueAsync()));

        Assert.Equal(1, channel.Posts);
        Assert.Equal(DigestRunState.Posted, (await store.GetLatestRunAsync("morning", CancellationToken.None))?.State);
        await AfterEveryLeaseAsync(time, one, two);
    }

    /// <summary>A replica that found the run claimed looks again once the claim would have run out: it must find it posted.</summary>
    private async Task AfterEveryLeaseAsync(FakeTimeProvider time, params DigestScheduler[] replicas)
    {
        foreach (var replica in replicas)
        {
            while (await replica.RunDueAsync() is { } next && next < MondayDue)
            {
                time.SetUtcNow(next);
            }
        }

        Assert.Equal(1, channel.Posts);
    }

    private DigestScheduler Scheduler(IBriefBotStore store, FakeTimeProvider time)
    {
        var options = new DigestsOptions();
        options.Items.Add(Morning);
        var knowledge = new KnowledgeSource(Options.Create(new KnowledgeOptions()), Options.Create(new MatchingOptions()), NullLogger<KnowledgeSource>.Instance, time);
        return new DigestScheduler(Options.Create(options), [channel], store, new DigestComposer(knowledge, store), time, NullLogger<DigestScheduler>.Instance);
    }
}
