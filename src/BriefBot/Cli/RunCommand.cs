using System.CommandLine;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;
using BriefBot.Hosting;
using BriefBot.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Cli;

/// <summary>The default command: run the hosted worker until it is stopped (or, on the console, until end of input).</summary>
internal static class RunCommand
{
    public const string Description = "Start the bot (the default). With no chat platform configured it answers questions typed on standard input until end of input.";

    public static Command Create(CommandInput input)
    {
        var command = new Command("run", Description);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, input, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, CommandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var builder = BriefBotHost.CreateBuilder(input.Configuration(parse), input.Console, quiet: false).AddRunningBot();
        using var host = builder.Build();

        // What can stop start-up is tried here first, each as one clear line, rather than as the host's "Hosting
        // failed to start" log with a stack trace: every options class, the store, the knowledge folder, the port.
        host.Services.GetService<IStartupValidator>()?.Validate();
        if (host.Services.GetServices<IHttpEndpoints>().Any()
            && ListenAddresses.FirstInUse(host.Services.GetRequiredService<IConfiguration>()) is { } busy)
        {
            await input.Console.Error.WriteLineAsync(
                $"error: cannot listen on {busy}: the address is already in use (is another BriefBot running?). Stop that process, or set Urls to a free address, e.g. --Urls=http://127.0.0.1:8081.").ConfigureAwait(false);
            return 1;
        }

        await host.Services.GetRequiredService<IBriefBotStore>().InitializeAsync(cancellationToken).ConfigureAwait(false);
        await host.Services.GetRequiredService<KnowledgeSource>().LoadAsync(cancellationToken).ConfigureAwait(false);
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return Environment.ExitCode;
    }
}
