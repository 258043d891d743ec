using BriefBot.ConsoleChat;
using BriefBot.Discord;
using BriefBot.Slack;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Hosting;

/// <summary>Wires the chat platforms that configuration enables; with none enabled, the console takes questions.</summary>
internal static class ChatPlatforms
{
    public static HostApplicationBuilder AddChatPlatforms(this HostApplicationBuilder builder)
    {
        var enabled = 0;
        if (builder.AddBriefBotSlack())
        {
            enabled++;
        }

        if (builder.AddBriefBotDiscord())
        {
            enabled++;
        }

        if (enabled == 0)
        {
            builder.Services.AddConsoleQuestions();
        }

        return builder;
    }
}
