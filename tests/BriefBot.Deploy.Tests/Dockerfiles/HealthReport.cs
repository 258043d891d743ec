using System.Text.Json;

namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>The JSON that /readyz and the health command print: an overall status and one status per check.</summary>
internal static class HealthReport
{
    /// <summary>The status of the named check, whether the checks come as an array of {name, status} or an object keyed by name.</summary>
    public static string? CheckStatus(string json, string check)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("checks", out var checks))
        {
            return null;
        }

        if (checks.ValueKind == JsonValueKind.Array)
        {
            return checks.EnumerateArray()
                .Where(c => c.TryGetProperty("name", out var name) && name.GetString() == check)
                .Select(c => c.GetProperty("status").GetString())
                .FirstOrDefault();
        }

        return checks.TryGetProperty(check, out var entry) ? entry.GetProperty("status").GetString() : null;
    }
}
