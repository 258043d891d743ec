using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>Questions asked of a matcher in a loop, as the timed benchmarks ask them; the count answered keeps the work observable.</summary>
public static class Asking
{
    public static int Answered(Matcher matcher, IReadOnlyList<string> questions, int rounds = 1)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(questions);
        var answered = 0;
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < questions.Count; i++)
            {
                answered += matcher.Answer(questions[i]).Answered ? 1 : 0;
            }
        }

        return answered;
    }
}
