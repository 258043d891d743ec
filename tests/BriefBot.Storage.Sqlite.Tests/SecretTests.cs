namespace BriefBot.Storage.Sqlite.Tests;

public sealed class SecretTests : IDisposable
{
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task A_secret_is_random_of_the_asked_length_and_the_same_ever_after()
    {
        var store = await db.OpenAsync();

        var key = await store.GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None);
        var other = await store.GetOrCreateSecretAsync("other", 32, CancellationToken.None);

        Assert.Equal(32, key.Length);
        Assert.NotEqual(key, other);
        Assert.NotEqual(new byte[32], key);
        Assert.Equal(key, await store.GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None));
    }

    [Fact]
    public async Task A_secret_survives_a_restart()
    {
        var first = await db.OpenAsync();
        var key = await first.GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None);
        first.Dispose();

        var second = await db.OpenAsync(TimeSpan.FromSeconds(4));

        Assert.Equal(key, await second.GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None));
    }

    [Fact]
    public async Task Racing_creators_in_two_processes_all_get_the_same_secret()
    {
        var one = await db.OpenAsync(TimeSpan.FromSeconds(5));
        var two = await db.OpenAsync(TimeSpan.FromSeconds(4));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var creators = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await (i % 2 == 0 ? one : two).GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None);
        })).ToArray();
        start.SetResult();
        var keys = await Task.WhenAll(creators);

        Assert.All(keys, key => Assert.Equal(keys[0], key));
        Assert.Equal(1L, db.Scalar("SELECT count(*) FROM secrets;"));
    }
}
