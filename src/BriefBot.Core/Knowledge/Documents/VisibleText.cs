using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge.Documents;

/// <summary>Text as a reader of a document sees it: runs of white space (line breaks, tabs, non-breaking spaces) as one space.</summary>
internal static partial class VisibleText
{
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex Whitespace();
}
