namespace BriefBot.Core.Knowledge;

/// <summary>A curated knowledge file: hand-written Q&amp;A entries and synonym groups.</summary>
public sealed record CuratedFile(string File, string Title, IReadOnlyList<CuratedEntry> Entries, IReadOnlyList<SynonymGroup> Synonyms);
