using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Authoring.Try;

/// <summary>One of the best-scoring entries for a tried question: the parts of its score, and whether it passed the threshold.</summary>
public sealed record Candidate(string EntryId, EntryKind Kind, string Label, string Answer, int Confidence, bool Passed, IReadOnlyList<ScorePart> Parts);
