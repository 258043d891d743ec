using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefBot.Storage.Sqlite;

public static class BriefBotSqliteStoreServiceCollectionExtensions
{
    /// <summary>
    /// The SQLite store as <see cref="IBriefBotStore"/>, <see cref="IQuestionLog"/> and <see cref="IEventClaims"/>
    /// (one instance), with options bound from <c>Storage</c> and validated on start, and a hosted service that opens
    /// the database at start. Works before or after <c>AddBriefBotCore</c>: Core only adds its no-op question log and
    /// in-memory event claims if none are registered, and this removes ones registered earlier.
    /// </summary>
    public static IServiceCollection AddBriefBotSqliteStore(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<StorageOptions, StorageOptionsValidator>().BindConfiguration(StorageOptions.Section);
        services.TryAddSingleton<SqliteBriefBotStore>();
        services.Replace(ServiceDescriptor.Singleton<IBriefBotStore>(static provider => provider.GetRequiredService<SqliteBriefBotStore>()));
        services.RemoveAll<IQuestionLog>();
        services.AddSingleton<IQuestionLog>(static provider => provider.GetRequiredService<SqliteBriefBotStore>());
        services.RemoveAll<IEventClaims>();
        services.AddSingleton<IEventClaims>(static provider => provider.GetRequiredService<SqliteBriefBotStore>());
        services.AddHostedService<StoreStartup>();
        return services;
    }
}
