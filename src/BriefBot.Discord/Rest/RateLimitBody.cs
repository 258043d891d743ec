namespace BriefBot.Discord.Rest;

/// <summary>The body of a 429: seconds to wait (decimal) and whether the limit is global.</summary>
internal sealed record RateLimitBody(double? RetryAfter, bool? Global, string? Message);
