namespace BriefBot.Discord.Tests.Fakes;

public sealed record FakeResponse(int Status, string Body = "", IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>The connection is dropped without a response, as a failing network or proxy would.</summary>
    public const int Dropped = 0;

    public static FakeResponse RateLimited(double retryAfter, bool global = false) => new(
        429,
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""",
        new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Bucket"] = "fake-bucket",
            ["X-RateLimit-Scope"] = global ? "global" : "user",
        });
}
