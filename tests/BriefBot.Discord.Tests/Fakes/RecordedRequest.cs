using System.Text.Json;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>A REST call as the fake Discord saw it, with the fake clock's time when it arrived. <see cref="Path"/> is relative to /api/v10/.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool Is(string method, string pathStart) =>
        Method == method && Path.StartsWith(pathStart, StringComparison.Ordinal);
}
