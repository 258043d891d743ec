namespace BriefBot.Core.Matching;

/// <summary>A word of a text, lower-cased; <see cref="Caps"/> marks an all-capitals word ("US", "SRE") that is never a stop word.</summary>
public readonly record struct Word(string Lower, bool Caps)
{
    public bool IsStopWord => !Caps && StopWords.Contains(Lower);
}
