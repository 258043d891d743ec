using BriefBot.Core.Storage;

namespace BriefBot.Storage.Sqlite.Tests;

public sealed class PostedFactsTests : IDisposable
{
    private static readonly DateTimeOffset At = TestDatabase.T0;
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task A_channel_that_never_had_a_digest_has_no_facts()
    {
        var store = await db.OpenAsync();

        Assert.Null(await store.GetPostedFactsAsync("slack", "C1", CancellationToken.None));
    }

    [Fact]
    public async Task Facts_read_back_in_the_order_they_were_posted()
    {
        var store = await db.OpenAsync();
        PostedFact[] facts =
        [
            new("launch.md", "Launch", null, "The launch is on 3 April."),
            new("launch.md", "Launch", "Venue", "Hall B, second floor."),
            new("budget.md", "Budget", "Totals", "€12,000 approved; ünïcödé kept."),
        ];

        await store.SavePostedFactsAsync("slack", "C1", At, facts, CancellationToken.None);

        Assert.Equal(facts, await store.GetPostedFactsAsync("slack", "C1", CancellationToken.None));
    }

    [Fact]
    public async Task Saving_replaces_the_channels_facts_and_leaves_other_channels_alone()
    {
        var store = await db.OpenAsync();
        PostedFact[] other = [new("a.md", "A", null, "Other channel's fact.")];
        await store.SavePostedFactsAsync("slack", "C2", At, other, CancellationToken.None);
        await store.SavePostedFactsAsync("discord", "C1", At, other, CancellationToken.None);
        await store.SavePostedFactsAsync("slack", "C1", At, [new("a.md", "A", null, "Old 1."), new("a.md", "A", null, "Old 2.")], CancellationToken.None);

        PostedFact[] next = [new("a.md", "A", "S", "New.")];
        await store.SavePostedFactsAsync("slack", "C1", At.AddDays(1), next, CancellationToken.None);

        Assert.Equal(next, await store.GetPostedFactsAsync("slack", "C1", CancellationToken.None));
        Assert.Equal(other, await store.GetPostedFactsAsync("slack", "C2", CancellationToken.None));
        Assert.Equal(other, await store.GetPostedFactsAsync("discord", "C1", CancellationToken.None));
        Assert.Equal("2025-03-29T09:00:00.0000000Z", db.Scalar("SELECT at FROM posted_digests WHERE platform = 'slack' AND channel = 'C1';"));
    }

    [Fact]
    public async Task A_digest_with_no_facts_is_remembered_as_empty_not_as_never_posted()
    {
        var store = await db.OpenAsync();
        await store.SavePostedFactsAsync("slack", "C1", At, [new("a.md", "A", null, "Gone soon.")], CancellationToken.None);

        await store.SavePostedFactsAsync("slack", "C1", At.AddDays(1), [], CancellationToken.None);

        Assert.Equal([], await store.GetPostedFactsAsync("slack", "C1", CancellationToken.None));
    }

    [Fact]
    public async Task A_reader_sees_the_old_facts_or_the_new_never_a_mix()
    {
        var store = await db.OpenAsync();
        var a = Enumerable.Range(0, 50).Select(i => new PostedFact("a.md", "A", null, $"A{i}")).ToArray();
        var b = Enumerable.Range(0, 30).Select(i => new PostedFact("b.md", "B", null, $"B{i}")).ToArray();
        await store.SavePostedFactsAsync("slack", "C1", At, a, CancellationToken.None);

        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                await store.SavePostedFactsAsync("slack", "C1", At, i % 2 == 0 ? b : a, CancellationToken.None);
            }
        });
        while (!writer.IsCompleted)
        {
            var read = await store.GetPostedFactsAsync("slack", "C1", CancellationToken.None);
            Assert.True(read!.SequenceEqual(a) || read!.SequenceEqual(b));
        }

        await writer;
    }
}
