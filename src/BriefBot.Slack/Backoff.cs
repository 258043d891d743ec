namespace BriefBot.Slack;

/// <summary>Exponential backoff for retries and reconnects: 1, 2, 4, 8, 16, then 30 s at most.</summary>
internal static class Backoff
{
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    public static TimeSpan After(int failures) =>
        failures <= 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Min(Max.TotalSeconds, Math.Pow(2, failures - 1)));
}
