using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Learned;
using BriefBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Cli;

/// <summary>A host built (not started) for a one-shot command, with the knowledge loaded (and, with the store, the learned entries laid over it).</summary>
internal sealed class CommandHost : IDisposable
{
    private readonly IHost host;

    private CommandHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public KnowledgeSource Knowledge => host.Services.GetRequiredService<KnowledgeSource>();

    public IAnswerer Answerer => host.Services.GetRequiredService<IAnswerer>();

    public static async Task<CommandHost> StartAsync(IReadOnlyList<string> configuration, CliConsole console, CancellationToken cancellationToken, bool withStore = false)
    {
        var builder = BriefBotHost.CreateBuilder(configuration, console, quiet: true);
        if (withStore)
        {
            builder.AddStore();
            builder.Services.AddLearnedKnowledge();
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

            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public void Dispose() => host.Dispose();
}
