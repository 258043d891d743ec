using BriefBot.ConsoleChat;
using BriefBot.Discord;
using BriefBot.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Hosting;

/// <summary>Wires the chat platforms that configuration enables; with none enabled, the console takes questions unless Console:Enabled is false.</summary>
internal static class ChatPlatforms
{
    public static HostApplicationBuilder AddChatPlatforms(this HostApplicationBuilder builder)
    {
        // Both run, whatever the first returns: each registers its adapter when enabled.
        var anyPlatform = builder.AddBriefBotSlack() | builder.AddBriefBotDiscord();

        // A service has no one typing: Console:Enabled=false keeps it from ending at the end of its (empty) input.
        if (!anyPlatform && builder.Configuration.GetValue("Console:Enabled", true))
        {
            builder.AddConsoleQuestions();
        }

        return builder;
    }
}
