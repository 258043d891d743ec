namespace BriefBot.Core.Knowledge.Urls;

/// <summary>What is kept of a web page's last good copy besides its body: the validators to ask the server "has it changed?", its charset, and when it was fetched.</summary>
public sealed record WebPageCopy(string Url, string? ETag, DateTimeOffset? LastModified, string? Charset, DateTimeOffset FetchedAt, string Sha256);
