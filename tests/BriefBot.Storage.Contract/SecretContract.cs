using BriefBot.Core.Storage;

namespace BriefBot.Storage.Contract;

public abstract class SecretContract(IStoreHarness harness) : StoreContract(harness)
{
    [StoreFact]
    public async Task A_secret_is_random_of_the_asked_length_and_the_same_ever_after()
    {
        var store = await OpenAsync();

        var key = await store.GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None);
        var other = await store.GetOrCreateSecretAsync("other", 32, CancellationToken.None);

        Assert.Equal(32, key.Length);
        Assert.NotEqual(key, other);
        Assert.NotEqual(new byte[32], key);
        Assert.Equal(key, await store.GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None));
        Assert.Equal(key, await (await OpenAsync()).GetOrCreateSecretAsync("asker-hash", 16, CancellationToken.None));
    }

    [StoreFact]
    public async Task Two_replicas_initialising_at_once_all_get_the_same_secret()
    {
        IBriefBotStore[] replicas = [Harness.Replica(), Harness.Replica()];

        // Not initialised first: the secret's first use races the schema's creation too, as at a fleet's first start.
        var keys = await RaceAsync(replicas, 24, (store, _) => store.GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None));

        Assert.All(keys, key => Assert.Equal(keys[0], key));
        Assert.Equal(1L, await Harness.CountAsync("secrets"));
    }
}
