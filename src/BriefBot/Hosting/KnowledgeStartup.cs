using BriefBot.Core.Knowledge;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Hosting;

/// <summary>Loads the knowledge before any adapter starts taking questions (unless the run command already did); a missing folder stops start-up.</summary>
internal sealed class KnowledgeStartup(KnowledgeSource knowledge) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        knowledge.Status == KnowledgeStatus.NotLoaded ? knowledge.LoadAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
