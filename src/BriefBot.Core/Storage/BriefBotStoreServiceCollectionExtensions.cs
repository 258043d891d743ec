using BriefBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Storage;

public static class BriefBotStoreServiceCollectionExtensions
{
    /// <summary>
    /// What every store's registration shares: <typeparamref name="TStore"/> as <see cref="IBriefBotStore"/>,
    /// <see cref="IQuestionLog"/> and <see cref="IEventClaims"/> (one instance), with options bound from
    /// <c>Storage</c> and validated on start, and <see cref="StoreStartup"/> to open the database at start. Works
    /// before or after <c>AddBriefBotCore</c>: Core only adds its no-op question log and in-memory event claims if
    /// none are registered, and this removes ones registered earlier.
    /// </summary>
    public static OptionsBuilder<StorageOptions> AddBriefBotStore<TStore>(this IServiceCollection services)
        where TStore : class, IBriefBotStore
    {
        services.TryAddSingleton<TStore>();
        services.Replace(ServiceDescriptor.Singleton<IBriefBotStore>(static provider => provider.GetRequiredService<TStore>()));
        services.RemoveAll<IQuestionLog>();
        services.AddSingleton<IQuestionLog>(static provider => provider.GetRequiredService<TStore>());
        services.RemoveAll<IEventClaims>();
        services.AddSingleton<IEventClaims>(static provider => provider.GetRequiredService<TStore>());
        services.AddHostedService<StoreStartup>();
        return services.AddOptionsWithValidateOnStart<StorageOptions, StorageOptionsValidator>().BindConfiguration(StorageOptions.Section);
    }
}
