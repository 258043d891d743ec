namespace BriefBot.Core.Matching;

/// <summary>What a matched text is to its entry: one of its question phrasings, its answer, or the fact itself.</summary>
internal enum TargetKind : byte
{
    Question,
    Answer,
    Fact,
}
