using BriefBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Cli;

/// <summary>The default command: run the hosted worker until it is stopped (or, on the console, until end of input).</summary>
internal static class RunCommand
{
    public static readonly IReadOnlyDictionary<string, bool> Options = new Dictionary<string, bool>();

    public static async Task<int> RunAsync(ParsedArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        var builder = BriefBotHost.CreateBuilder(args.Configuration, console, quiet: false);
        builder.Services.AddHostedService<KnowledgeStartup>();
        builder.AddChatPlatforms();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return Environment.ExitCode;
    }
}
