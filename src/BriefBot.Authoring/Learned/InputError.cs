namespace BriefBot.Authoring.Learned;

/// <summary>Why an author's input was refused, and which field it was in.</summary>
public sealed record InputError(string Field, string Message);
