using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Storage.Postgres;

public static class BriefBotPostgresStoreServiceCollectionExtensions
{
    /// <summary>
    /// The PostgreSQL store as <see cref="IBriefBotStore"/>, <see cref="IQuestionLog"/>, <see cref="IEventClaims"/> and <see cref="ILearnedEntryStore"/>,
    /// with the schema migrated at start (see <see cref="BriefBotStoreServiceCollectionExtensions.AddBriefBotStore{TStore}"/>);
    /// a missing <c>Storage:ConnectionString</c> stops start-up naming it.
    /// </summary>
    public static IServiceCollection AddBriefBotPostgresStore(this IServiceCollection services)
    {
        services.AddBriefBotSqlStore<PostgresBriefBotStore>()
            // StorageOptions itself requires the connection string only when Provider says Postgres; this store needs it whatever Provider says.
            .Validate(static o => o.Provider == StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString), StorageOptions.ConnectionStringRequired);
        return services;
    }
}
