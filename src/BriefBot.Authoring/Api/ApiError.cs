namespace BriefBot.Authoring.Api;

/// <summary>What the API says about a request it refused: why, and which field of the input was wrong.</summary>
public sealed record ApiError(string Error, string? Field);
