using BriefBot.Core.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefBot.Core.Chat.Pipeline;

public static class ReplyPipelineServiceCollectionExtensions
{
    /// <summary>An adapter's reply pipeline: <typeparamref name="TRunner"/> does its jobs, and the host drains it at shutdown.</summary>
    public static IServiceCollection AddReplyPipeline<TJob, TRunner>(this IServiceCollection services, ReplyPipelineSettings<TJob> settings)
        where TJob : IReplyJob
        where TRunner : class, IReplyRunner<TJob>
    {
        services.TryAddSingleton<BriefBotMetrics>();
        services.AddSingleton(settings);
        services.AddSingleton<IReplyRunner<TJob>, TRunner>();
        services.AddSingleton<ReplyPipeline<TJob>>();
        services.AddHostedService<ReplyPipelineService<TJob>>();
        return services;
    }
}
