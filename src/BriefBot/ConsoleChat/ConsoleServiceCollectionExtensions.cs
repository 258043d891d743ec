using BriefBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.ConsoleChat;

internal static class ConsoleServiceCollectionExtensions
{
    /// <summary>The console adapter for digests; always there, so a digest can be configured for platform "console".</summary>
    public static IServiceCollection AddBriefBotConsole(this IServiceCollection services) =>
        services.AddSingleton<IChatAdapter, ConsoleChatAdapter>();

    /// <summary>Questions from standard input, for when no chat platform is configured.</summary>
    public static IServiceCollection AddConsoleQuestions(this IServiceCollection services) =>
        services.AddHostedService<ConsoleQuestions>();
}
