using BriefBot.Cli;
using BriefBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace BriefBot.ConsoleChat;

internal static class ConsoleServiceCollectionExtensions
{
    /// <summary>The console adapter for digests; always there, so a digest can be configured for platform "console".</summary>
    public static IServiceCollection AddBriefBotConsole(this IServiceCollection services) =>
        services.AddSingleton<IChatAdapter, ConsoleChatAdapter>();

    /// <summary>Questions from standard input, for when no chat platform is configured; in a terminal, log lines that keep clear of the prompt.</summary>
    public static HostApplicationBuilder AddConsoleQuestions(this HostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ConsoleQuestions>();
        if (builder.Services.FirstOrDefault(s => s.ServiceType == typeof(CliConsole))?.ImplementationInstance is CliConsole { InputIsRedirected: false })
        {
            var standard = builder.Services.Where(s => s.ServiceType == typeof(ILoggerProvider) && s.ImplementationType == typeof(ConsoleLoggerProvider)).ToList();
            foreach (var descriptor in standard)
            {
                builder.Services.Remove(descriptor);
            }

            builder.Services.AddSingleton<ILoggerProvider, TerminalLoggerProvider>();
        }

        return builder;
    }
}
