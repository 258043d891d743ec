namespace BriefBot.Discord.Rest;

/// <summary>How Discord answered a request, after rate limits and transient errors were waited out. A refusal (403 in a channel the bot may not post in) is an expected outcome, not an exception.</summary>
internal sealed record RestResponse(int Status, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
