namespace BriefBot.Core.Matching;

/// <summary>
/// One text of an entry as the index holds it: its distinct term ids (sorted), their idf sum, the words FuzzySharp
/// compares, and the kinds of answer the entry can give (for a question phrasing, those of the entry's answer).
/// </summary>
internal sealed record MatchTarget(int Entry, TargetKind Kind, int[] Terms, float IdfSum, string Words, string Text, AnswerKind Holds);
