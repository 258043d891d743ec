using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage;

public static class SqlStoreServiceCollectionExtensions
{
    /// <summary>
    /// A SQL store as everything a store is (see <see cref="BriefBotStoreServiceCollectionExtensions.AddBriefBotStore{TStore}"/>)
    /// and as <see cref="ILearnedEntryStore"/>, the same instance.
    /// </summary>
    public static OptionsBuilder<StorageOptions> AddBriefBotSqlStore<TStore>(this IServiceCollection services)
        where TStore : SqlBriefBotStore
    {
        var options = services.AddBriefBotStore<TStore>();
        services.RemoveAll<ILearnedEntryStore>();
        services.AddSingleton<ILearnedEntryStore>(static provider => provider.GetRequiredService<TStore>());
        return options;
    }
}
