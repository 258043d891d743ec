namespace BriefBot.Core.Matching;

/// <summary>One text of an entry as the index holds it: its distinct term ids (sorted), their idf sum, and the words FuzzySharp compares.</summary>
internal sealed record MatchTarget(int Entry, TargetKind Kind, int[] Terms, float IdfSum, string Words, string Text);
