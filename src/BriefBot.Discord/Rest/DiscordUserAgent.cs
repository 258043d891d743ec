using System.Reflection;

namespace BriefBot.Discord.Rest;

/// <summary>Discord requires <c>DiscordBot ($url, $versionNumber)</c>; requests without it may be blocked.</summary>
internal static class DiscordUserAgent
{
    public const string Url = "https://github.com/briefbot/briefbot";

    public static string Value { get; } = $"DiscordBot ({Url}, {Version})";

    private static string Version =>
        typeof(DiscordUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";
}
