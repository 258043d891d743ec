namespace BriefBot.Slack.Tests.Fakes;

/// <summary>A scripted answer of the fake Web API.</summary>
public sealed record FakeResponse(int Status, string Body, int? RetryAfterSeconds = null)
{
    public static FakeResponse Ok(string json) => new(200, json);

    public static FakeResponse Error(string code) => new(200, $$"""{"ok":false,"error":"{{code}}"}""");

    public static FakeResponse RateLimited(int seconds) => new(429, """{"ok":false,"error":"ratelimited"}""", seconds);

    public static FakeResponse ServerError() => new(503, "upstream unavailable");
}
