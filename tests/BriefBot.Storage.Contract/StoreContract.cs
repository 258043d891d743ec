using BriefBot.Core.Storage;

namespace BriefBot.Storage.Contract;

/// <summary>The base of each contract class: a fresh database per test, and replicas on it.</summary>
public abstract class StoreContract(IStoreHarness harness) : IAsyncLifetime
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 28, 9, 0, 0, TimeSpan.Zero);

    protected IStoreHarness Harness { get; } = harness;

    public Task InitializeAsync() => Harness.CreateAsync();

    public Task DisposeAsync() => Harness.DisposeAsync().AsTask();

    /// <summary>An initialised store with connections of its own: each call is another replica.</summary>
    protected async Task<IBriefBotStore> OpenAsync()
    {
        var store = Harness.Replica();
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    /// <summary>Runs <paramref name="count"/> calls at once, alternating between the replicas, and returns what each got.</summary>
    protected static async Task<T[]> RaceAsync<T>(IBriefBotStore[] replicas, int count, Func<IBriefBotStore, int, Task<T>> call)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await call(replicas[i % replicas.Length], i);
        })).ToArray();
        start.SetResult();
        return await Task.WhenAll(calls);
    }
}
