using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefBot.Core;

public static class BriefBotCoreServiceCollectionExtensions
{
    /// <summary>Knowledge, matching and answering, with options bound from <c>Knowledge</c> and <c>Matching</c> and validated on start.</summary>
    public static IServiceCollection AddBriefBotCore(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<KnowledgeOptions, KnowledgeOptionsValidator>().BindConfiguration(KnowledgeOptions.Section);
        services.AddOptionsWithValidateOnStart<MatchingOptions, MatchingOptionsValidator>().BindConfiguration(MatchingOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IQuestionLog, NullQuestionLog>();
        services.TryAddSingleton<IAskerHasher>(_ => HmacAskerHasher.WithRandomKey());
        services.AddSingleton<KnowledgeSource>();
        services.AddSingleton<IAnswerer, Answerer>();
        return services;
    }
}
