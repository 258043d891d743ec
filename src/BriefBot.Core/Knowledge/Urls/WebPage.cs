namespace BriefBot.Core.Knowledge.Urls;

/// <summary>A web page as served: its briefing (from the last good copy, if any), the copy's hash, and the problem of its last fetch.</summary>
public sealed record WebPage(string Url, LoadedFile? File, string? Sha256, KnowledgeProblem? Problem);
