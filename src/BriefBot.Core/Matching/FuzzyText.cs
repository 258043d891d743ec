using System.Text;

namespace BriefBot.Core.Matching;

/// <summary>
/// FuzzySharp's "full" preprocessing (lower case, every character but letters and digits a space, trimmed), done
/// once per phrasing at index time and once per question, instead of inside every comparison.
/// </summary>
internal static class FuzzyText
{
    public static string Process(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Trim();
    }
}
