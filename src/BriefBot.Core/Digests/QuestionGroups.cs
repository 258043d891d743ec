using BriefBot.Core.Matching;
using FuzzySharp;

namespace BriefBot.Core.Digests;

/// <summary>
/// Groups near-identical questions ("whats the wifi password", "What's the Wi-Fi password?") so a report counts
/// one question asked five times rather than five questions; each group is shown by its most common wording.
/// </summary>
public static class QuestionGroups
{
    /// <summary>How alike (FuzzySharp token-sort ratio on the cleaned text) two questions must be to be one question.</summary>
    public const int SameQuestionRatio = 85;

    public static IReadOnlyList<UnansweredQuestion> Group(IEnumerable<string> questions, int max)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var groups = new List<(string Key, Dictionary<string, int> Wordings)>();
        foreach (var question in questions)
        {
            var key = string.Join(' ', WordSplitter.Split(question).Select(w => w.Lower));
            if (key.Length == 0)
            {
                continue;
            }

            var group = groups.FirstOrDefault(g => Fuzz.TokenSortRatio(g.Key, key) >= SameQuestionRatio);
            if (group.Wordings is null)
            {
                group = (key, new Dictionary<string, int>(StringComparer.Ordinal));
                groups.Add(group);
            }

            var wording = question.Trim();
            group.Wordings[wording] = group.Wordings.GetValueOrDefault(wording) + 1;
        }

        return [.. groups
            .Select(g => new UnansweredQuestion(g.Wordings.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key, g.Wordings.Values.Sum()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Question, StringComparer.Ordinal)
            .Take(max)];
    }
}
