using System.Text.Json;

namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>The JSON that /readyz and the health command print: an overall status and an array of {name, status} checks.</summary>
internal static class HealthReport
{
    /// <summary>The status of the named check, or null when the report has no such check.</summary>
    public static string? CheckStatus(string json, string check)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString() == check)
            .Select(c => c.GetProperty("status").GetString())
            .FirstOrDefault();
    }
}
