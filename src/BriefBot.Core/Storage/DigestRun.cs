namespace BriefBot.Core.Storage;

/// <summary>One occurrence of a digest's schedule and what became of it.</summary>
public sealed record DigestRun(string Digest, DateTimeOffset DueAt, DigestRunState State, DateTimeOffset UpdatedAt, string? Note);
