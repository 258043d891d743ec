namespace BriefBot.Discord.Rest;

/// <summary>What Discord last said about a bucket: how many requests remain and when it refills.</summary>
internal sealed record RateLimitBucket(int Remaining, DateTimeOffset ResetAt);
