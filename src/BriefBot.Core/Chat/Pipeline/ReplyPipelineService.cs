using Microsoft.Extensions.Hosting;

namespace BriefBot.Core.Chat.Pipeline;

/// <summary>
/// Runs a <see cref="ReplyPipeline{TJob}"/> for the host's lifetime. Its drain is in <see cref="StopAsync"/>, which
/// the host calls only after every <see cref="IHostedLifecycleService.StoppingAsync"/>: the ways in (the web server,
/// Socket Mode, the Gateway) stop there, so by the time the pipeline drains nothing new can arrive, whatever order
/// the services were registered in.
/// </summary>
public sealed class ReplyPipelineService<TJob>(ReplyPipeline<TJob> pipeline) : IHostedService
    where TJob : IReplyJob
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        pipeline.Start();
        return Task.CompletedTask;
    }

    /// <param name="cancellationToken">The host's shutdown timeout: what is unfinished when it fires is abandoned.</param>
    public Task StopAsync(CancellationToken cancellationToken) => pipeline.DrainAsync(cancellationToken);
}
