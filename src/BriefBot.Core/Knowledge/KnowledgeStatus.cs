namespace BriefBot.Core.Knowledge;

/// <summary>
/// What the bot is serving: the knowledge version's fingerprint, when it was loaded, and the problems of the last
/// load or reload. With problems the bot still answers, from every good file and the last good version of each
/// bad one; the health status reports it as degraded.
/// </summary>
public sealed record KnowledgeStatus(string Fingerprint, DateTimeOffset LoadedAt, int Briefings, int Entries, IReadOnlyList<KnowledgeProblem> Problems, string? ReloadError)
{
    public static KnowledgeStatus NotLoaded { get; } = new("none", DateTimeOffset.MinValue, 0, 0, [], "not loaded yet");

    public bool Healthy => Problems.Count == 0 && ReloadError is null;
}
