using System.Reflection;

namespace BriefBot.Hosting;

/// <summary>The bot's version with its commit ("1.0.0+a8b00ad…"), as the health report and the metrics' resource show it.</summary>
internal static class BuildVersion
{
    public static string Value { get; } =
        typeof(BuildVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
