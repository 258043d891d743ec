using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Learned;
using BriefBot.Core.Matching;
using BriefBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Cli;

/// <summary>A host built (not started) for a one-shot command, with the knowledge loaded (and, with the store, the learned entries laid over it).</summary>
internal sealed class CommandHost : IDisposable
{
    // A build quicker than this prints nothing; a longer one says how far it is on standard error.
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    private readonly IHost host;

    private CommandHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public KnowledgeSource Knowledge => host.Services.GetRequiredService<KnowledgeSource>();

    public IAnswerer Answerer => host.Services.GetRequiredService<IAnswerer>();

    /// <summary>
    /// Builds the host and loads the knowledge. A command that <paramref name="answers"/> questions waits for the full
    /// matcher (its progress on standard error), so it prints what the running bot would answer, and leaves the
    /// embedding cache warm; one that does not never loads the model.
    /// </summary>
    public static async Task<CommandHost> StartAsync(IReadOnlyList<string> configuration, CliConsole console, bool withStore = false, bool answers = false, CancellationToken cancellationToken = default)
    {
        var builder = BriefBotHost.CreateBuilder(configuration, console, quiet: true);
        if (withStore)
        {
            builder.AddStore();
            builder.Services.AddLearnedKnowledge();
        }

        if (!answers)
        {
            builder.Configuration.AddInMemoryCollection([new($"{MatchingOptions.Section}:{nameof(MatchingOptions.Semantic)}", "false")]);
        }

        var host = new CommandHost(builder.Build());
        try
        {
            await host.Knowledge.LoadAsync(cancellationToken).ConfigureAwait(false);
            if (withStore)
            {
                // What authors taught is knowledge like the files': report and digest previews see it as chat does.
                await host.Services.GetRequiredService<LearnedKnowledgeSync>().RefreshAsync(cancellationToken).ConfigureAwait(false);
            }

            // After the learned entries, so the matcher waited for is the one over everything served.
            await host.WaitForMatchingAsync(console, cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private async Task WaitForMatchingAsync(CliConsole console, CancellationToken cancellationToken)
    {
        var settled = Knowledge.WhenMatchingSettledAsync(cancellationToken);
        using var timer = new PeriodicTimer(ProgressEvery, host.Services.GetRequiredService<TimeProvider>());
        var printed = -1;
        while (!settled.IsCompleted)
        {
            var tick = timer.WaitForNextTickAsync(cancellationToken).AsTask();
            if (await Task.WhenAny(settled, tick).ConfigureAwait(false) == tick
                && Knowledge.Matching is { Mode: MatchingMode.Building } building
                && building.Done != printed)
            {
                printed = building.Done;
                await console.Error.WriteLineAsync($"building embeddings {building.Done}/{building.Total}").ConfigureAwait(false);
            }
        }

        await settled.ConfigureAwait(false);
    }

    public void Dispose() => host.Dispose();
}
