using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Storage.Contract;

/// <summary>What every store's <c>AddBriefBot…Store</c> promises; needs no database, so it runs without a server too.</summary>
public abstract class RegistrationContract<TStore>
    where TStore : class, IBriefBotStore
{
    /// <summary>Settings under which the store can be built (it is not opened).</summary>
    protected abstract Dictionary<string, string?> Settings { get; }

    protected abstract IServiceCollection AddStore(IServiceCollection services);

    /// <summary>Checks the store can make of <see cref="Settings"/>, beyond the registration every store shares.</summary>
    protected virtual void AssertBuilt(TStore store)
    {
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_store_is_the_question_log_the_event_claims_and_the_learned_entries_whichever_is_registered_first(bool coreFirst)
    {
        var services = Services(Settings);
        if (coreFirst)
        {
            AddStore(services.AddBriefBotCore());
        }
        else
        {
            AddStore(services).AddBriefBotCore();
        }

        // Disposed synchronously, as the CLI's commands dispose their host.
        using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<TStore>();

        Assert.Same(store, provider.GetRequiredService<IBriefBotStore>());
        Assert.Same(store, provider.GetRequiredService<IQuestionLog>());
        Assert.Same(store, provider.GetRequiredService<IEventClaims>());
        Assert.Same(store, provider.GetRequiredService<ILearnedEntryStore>());
        Assert.Single(provider.GetServices<IQuestionLog>());
        Assert.Single(provider.GetServices<IEventClaims>());
        Assert.Single(provider.GetServices<IHostedService>().OfType<StoreStartup>());
        AssertBuilt(store);
    }

    protected static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        return services;
    }
}
