using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Storage.Contract;

/// <summary>The digest scheduler as replicas run it: each with its own store on the shared database, all posting to one channel.</summary>
public abstract class DigestSchedulerContract(IStoreHarness harness) : StoreContract(harness)
{
    private static readonly DateTimeOffset Due = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

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
        await Task.WhenAll(one.StartAsync(CancellationToken.None), two.StartAsync(CancellationToken.None));

        time.Advance(TimeSpan.FromMinutes(30));
        await EventuallyAsync(async () => (await store.GetLatestRunAsync("morning", CancellationToken.None))?.State == DigestRunState.Posted);
        await Task.Delay(200);

        Assert.Equal(1, channel.Posts);
        await Task.WhenAll(one.StopAsync(CancellationToken.None), two.StopAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Two_replicas_starting_after_a_missed_run_catch_it_up_exactly_once()
    {
        var time = new FakeTimeProvider(Due.AddMinutes(20));
        using var one = Scheduler(await OpenAsync(), time);
        using var two = Scheduler(await OpenAsync(), time);

        await Task.WhenAll(one.StartAsync(CancellationToken.None), two.StartAsync(CancellationToken.None));
        await EventuallyAsync(() => Task.FromResult(channel.Posts > 0));
        await Task.Delay(200);

        Assert.Equal(1, channel.Posts);
        await Task.WhenAll(one.StopAsync(CancellationToken.None), two.StopAsync(CancellationToken.None));
    }

    private DigestScheduler Scheduler(IBriefBotStore store, FakeTimeProvider time)
    {
        var options = new DigestsOptions();
        options.Items.Add(Morning);
        var knowledge = new KnowledgeSource(Options.Create(new KnowledgeOptions()), Options.Create(new MatchingOptions()), NullLogger<KnowledgeSource>.Instance, time);
        return new DigestScheduler(Options.Create(options), [channel], store, new DigestComposer(knowledge, store), time, NullLogger<DigestScheduler>.Instance);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 500; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("The condition did not come true within 5 s.");
    }
}
