using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefBot.Tests.Hosting;

public sealed partial class MetricsEndpointTests
{
    [Fact]
    public async Task Questions_confidence_reply_outcomes_and_reloads_are_exported_in_prometheus_text()
    {
        using var database = new TempDatabase();
        await using var bot = await RunningBot.StartAsync(database.Setting);
        await bot.AskAsync("What is HIMARS?");
        await bot.AskAsync("What does HIMARS stand for?");
        await bot.AskAsync("How many casualties were there in Kharkiv?");

        using var response = await bot.Http.GetAsync(bot.Url("/metrics"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Equal(2, Sample(text, "briefbot_questions_total", "outcome=\"answered\""));
        Assert.Equal(1, Sample(text, "briefbot_questions_total", "outcome=\"declined\""));
        Assert.Equal(3, Sample(text, "briefbot_answer_confidence_count", "platform=\"console\""));
        Assert.Equal(1, Sample(text, "briefbot_knowledge_reloads_total", "result=\"loaded\""));
        Assert.Equal(3, Sample(text, "briefbot_reply_duration_seconds_count", "platform=\"console\""));
        // Tags are platform and outcome only: no question text or user ever becomes a label.
        Assert.DoesNotContain("HIMARS", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", text, StringComparison.Ordinal);
    }

    private static double Sample(string exposition, string name, string label)
    {
        var values = exposition.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal))
            .Select(l => double.Parse(SampleValue().Match(l).Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(values.Count > 0, $"no sample {name} with {label} in:\n{exposition}");
        return values.Sum();
    }

    [GeneratedRegex(@"\}\s+([0-9.eE+-]+)")]
    private static partial Regex SampleValue();
}
