namespace BriefBot.Core.Storage;

/// <summary>A fact as a digest showed it: the file and document it came from, its section and its exact text.</summary>
public sealed record PostedFact(string File, string Document, string? Section, string Text);
