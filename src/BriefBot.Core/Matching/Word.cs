namespace BriefBot.Core.Matching;

/// <summary>
/// A word of a text, lower-cased; <see cref="Caps"/> marks an all-capitals word ("US", "SRE") that is never a stop
/// word, and <see cref="Proper"/> a capitalised word inside a sentence ("Columbus", "Enterprise"): a name.
/// </summary>
public readonly record struct Word(string Lower, bool Caps, bool Proper = false)
{
    public bool IsStopWord => !Caps && StopWords.Contains(Lower);
}
