using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Core.Knowledge.Learned;

public static class LearnedServiceCollectionExtensions
{
    /// <summary>
    /// Serves the learned entries and phrasings of the store's <see cref="ILearnedEntryStore"/> with the files'
    /// knowledge, read at start and polled (<c>Knowledge:Learned:PollInterval</c>). Register after the store, so the
    /// database is open before the first read.
    /// </summary>
    public static IServiceCollection AddLearnedKnowledge(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<LearnedOptions, LearnedOptionsValidator>().BindConfiguration(LearnedOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LearnedKnowledgeSync>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LearnedKnowledgeSync>(sp => sp.GetRequiredService<LearnedKnowledgeSync>()));
        return services;
    }
}
