namespace BriefBot.Core.Matching;

/// <summary>
/// One text of an entry as the index holds it: its distinct term ids (sorted), their idf sum, the text itself, and
/// the text whose kinds of answer it gives (for a question phrasing, the entry's answer).
/// </summary>
internal sealed record MatchTarget(int Entry, TargetKind Kind, int[] Terms, float IdfSum, string Text, string AnswerText)
{
    private const int NotYetRead = -1;
    private int holds = NotYetRead;

    /// <summary>The text as FuzzySharp's full preprocessing leaves it (lower case, letters and digits), computed once.</summary>
    public string Processed { get; } = Kind == TargetKind.Question ? FuzzyText.Process(Text) : "";

    /// <summary>
    /// The kinds of answer the entry can give, read on first use: only questions that ask for a kind need it, and
    /// reading every text at build time would cost seconds at 100,000 entries. Two threads may both read it; they
    /// compute the same value.
    /// </summary>
    public AnswerKind Holds
    {
        get
        {
            var value = Volatile.Read(ref holds);
            if (value == NotYetRead)
            {
                value = (int)AnswerType.Holds(AnswerText);
                Volatile.Write(ref holds, value);
            }

            return (AnswerKind)value;
        }
    }

    /// <summary>The question asks for a kind of answer (a time, a number, a name) that the entry's answer does not hold.</summary>
    public bool CannotGive(AnswerKind asked) => asked != AnswerKind.None && (Holds & asked) == 0;
}
