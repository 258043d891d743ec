using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefBot.Storage.Postgres;

public static class BriefBotPostgresStoreServiceCollectionExtensions
{
    /// <summary>
    /// The PostgreSQL store as <see cref="IBriefBotStore"/>, <see cref="IQuestionLog"/> and <see cref="IEventClaims"/>
    /// (one instance), with options bound from <c>Storage</c> and validated on start (a missing
    /// <c>Storage:ConnectionString</c> stops start-up naming it), and a hosted service that migrates the schema at
    /// start. Works before or after <c>AddBriefBotCore</c>: Core only adds its no-op question log and in-memory event
    /// claims if none are registered, and this removes ones registered earlier.
    /// </summary>
    public static IServiceCollection AddBriefBotPostgresStore(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<StorageOptions, StorageOptionsValidator>()
            .BindConfiguration(StorageOptions.Section)
            // StorageOptions itself requires the connection string only when Provider says Postgres; this store needs it whatever Provider says.
            .Validate(static o => o.Provider == StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString), StorageOptions.ConnectionStringRequired);
        services.TryAddSingleton<PostgresBriefBotStore>();
        services.Replace(ServiceDescriptor.Singleton<IBriefBotStore>(static provider => provider.GetRequiredService<PostgresBriefBotStore>()));
        services.RemoveAll<IQuestionLog>();
        services.AddSingleton<IQuestionLog>(static provider => provider.GetRequiredService<PostgresBriefBotStore>());
        services.RemoveAll<IEventClaims>();
        services.AddSingleton<IEventClaims>(static provider => provider.GetRequiredService<PostgresBriefBotStore>());
        services.AddHostedService<StoreStartup>();
        return services;
    }
}
