namespace BriefBot.Core.Knowledge.Urls;

/// <summary>How a conditional fetch of a web page ended: a new body, "not modified", or a failure with its reason.</summary>
public abstract record WebPageFetch
{
    private WebPageFetch()
    {
    }

    public sealed record Fetched(byte[] Body, string? ETag, DateTimeOffset? LastModified, string? Charset) : WebPageFetch;

    public sealed record NotModified : WebPageFetch;

    public sealed record Failed(string Reason) : WebPageFetch;
}
