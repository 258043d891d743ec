namespace BriefBot.Core.Knowledge;

/// <summary>An acronym and the long form a document defines it by, e.g. SRE = Site Reliability Engineering.</summary>
public sealed record Acronym(string Short, string Long, DocumentSentence DefinedIn, string File, string Document);
