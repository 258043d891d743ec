using BriefBot.Core.Storage;

namespace BriefBot.Storage.Contract;

public abstract class PostedFactsContract(IStoreHarness harness) : StoreContract(harness)
{
    private static readonly DateTimeOffset At = T0;

    [StoreFact]
    public async Task A_channel_that_never_had_a_digest_has_no_facts_and_one_with_no_facts_has_an_empty_list()
    {
        var store = await OpenAsync();
        await store.SavePostedFactsAsync("slack", "C1", At, [new("a.md", "A", null, "Gone soon.")], CancellationToken.None);

        await store.SavePostedFactsAsync("slack", "C1", At.AddDays(1), [], CancellationToken.None);

        Assert.Equal([], await store.GetPostedFactsAsync("slack", "C1", CancellationToken.None));
        Assert.Null(await store.GetPostedFactsAsync("slack", "C2", CancellationToken.None));
    }

    [StoreFact]
    public async Task Facts_saved_by_one_replica_are_read_by_another_in_the_order_they_were_posted()
    {
        var one = await OpenAsync();
        var two = await OpenAsync();
        PostedFact[] facts =
        [
            new("launch.md", "Launch", null, "The launch is on 3 April."),
            new("launch.md", "Launch", "Venue", "Hall B, second floor."),
            new("budget.md", "Budget", "Totals", "€12,000 approved; ünïcödé kept."),
        ];

        await one.SavePostedFactsAsync("slack", "C1", At, facts, CancellationToken.None);

        Assert.Equal(facts, await two.GetPostedFactsAsync("slack", "C1", CancellationToken.None));
    }

    [StoreFact]
    public async Task Saving_replaces_the_channels_facts_and_leaves_other_channels_alone()
    {
        var store = await OpenAsync();
        PostedFact[] other = [new("a.md", "A", null, "Other channel's fact.")];
        await store.SavePostedFactsAsync("slack", "C2", At, other, CancellationToken.None);
        await store.SavePostedFactsAsync("discord", "C1", At, other, CancellationToken.None);
        await store.SavePostedFactsAsync("slack", "C1", At, [new("a.md", "A", null, "Old 1."), new("a.md", "A", null, "Old 2.")], CancellationToken.None);

        PostedFact[] next = [new("a.md", "A", "S", "New.")];
        await store.SavePostedFactsAsync("slack", "C1", At.AddDays(1), next, CancellationToken.None);

        Assert.Equal(next, await store.GetPostedFactsAsync("slack", "C1", CancellationToken.None));
        Assert.Equal(other, await store.GetPostedFactsAsync("slack", "C2", CancellationToken.None));
        Assert.Equal(other, await store.GetPostedFactsAsync("discord", "C1", CancellationToken.None));
    }

    [StoreFact]
    public async Task Replicas_saving_one_channel_at_once_leave_one_whole_list_and_readers_never_see_a_mix()
    {
        IBriefBotStore[] replicas = [await OpenAsync(), await OpenAsync()];
        var a = Enumerable.Range(0, 50).Select(i => new PostedFact("a.md", "A", null, $"A{i}")).ToArray();
        var b = Enumerable.Range(0, 30).Select(i => new PostedFact("b.md", "B", null, $"B{i}")).ToArray();
        await replicas[0].SavePostedFactsAsync("slack", "C1", At, a, CancellationToken.None);

        var writers = RaceAsync(replicas, 20, async (store, i) =>
        {
            await store.SavePostedFactsAsync("slack", "C1", At, i % 2 == 0 ? b : a, CancellationToken.None);
            return i;
        });
        while (!writers.IsCompleted)
        {
            var read = await replicas[1].GetPostedFactsAsync("slack", "C1", CancellationToken.None);
            Assert.True(read!.SequenceEqual(a) || read!.SequenceEqual(b));
        }

        await writers;
        var final = await replicas[0].GetPostedFactsAsync("slack", "C1", CancellationToken.None);
        Assert.True(final!.SequenceEqual(a) || final!.SequenceEqual(b));
    }
}
