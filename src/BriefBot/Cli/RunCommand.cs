using BriefBot.Core.Storage;
using BriefBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Cli;

/// <summary>The default command: run the hosted worker until it is stopped (or, on the console, until end of input).</summary>
internal static class RunCommand
{
    public static readonly IReadOnlyDictionary<string, bool> Options = new Dictionary<string, bool>();

    public static async Task<int> RunAsync(ParsedArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        var builder = BriefBotHost.CreateBuilder(args.Configuration, console, quiet: false).AddRunningBot();
        using var host = builder.Build();

        // Validate every options class before starting, so a bad setting is one clear line rather than the host's
        // "failed to start" log with a stack trace.
        host.Services.GetService<IStartupValidator>()?.Validate();
        // Likewise a store that cannot be opened is one line naming the database, before the host would log it with a
        // stack trace; the store's own start-up service then finds it ready.
        await host.Services.GetRequiredService<IBriefBotStore>().InitializeAsync(cancellationToken).ConfigureAwait(false);
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return Environment.ExitCode;
    }
}
