using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Storage.Sqlite;

public static class BriefBotSqliteStoreServiceCollectionExtensions
{
    /// <summary>
    /// The SQLite store as <see cref="IBriefBotStore"/>, <see cref="IQuestionLog"/>, <see cref="IEventClaims"/> and <see cref="ILearnedEntryStore"/>,
    /// opened at start; see <see cref="BriefBotStoreServiceCollectionExtensions.AddBriefBotStore{TStore}"/>.
    /// </summary>
    public static IServiceCollection AddBriefBotSqliteStore(this IServiceCollection services)
    {
        services.AddBriefBotSqlStore<SqliteBriefBotStore>();
        return services;
    }
}
