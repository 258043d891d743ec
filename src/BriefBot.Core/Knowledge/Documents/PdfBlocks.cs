using System.Text.RegularExpressions;
using BriefBot.Core.Matching.Lexicon;

namespace BriefBot.Core.Knowledge.Documents;

/// <summary>
/// Joins a PDF's lines into blocks the way a reader does: a line larger than the body text (or bold where the body
/// is not) is a heading; a bullet mark starts a bullet; a gap wider than the line spacing, or a question line,
/// ends a paragraph; a word hyphenated at a line end is joined again. A paragraph runs on over a page break when
/// its last line did not end a sentence.
/// </summary>
internal static partial class PdfBlocks
{
    private const double HeadingScale = 1.15;
    private const double ParagraphGap = 1.5;
    private const int MaxHeadingLength = 120;

    public static List<DocumentBlock> Join(IReadOnlyList<PdfLine> lines)
    {
        var blocks = new List<DocumentBlock>();
        if (lines.Count == 0)
        {
            return blocks;
        }

        var bodySize = BodySize(lines);
        var bodyBold = lines.Where(l => l.Bold).Sum(l => l.Text.Length) * 2 > lines.Sum(l => l.Text.Length);
        DocumentBlock? open = null;
        PdfLine? previous = null;
        var lineOfPage = 0;

        foreach (var line in lines)
        {
            lineOfPage = previous?.Page == line.Page ? lineOfPage + 1 : 1;
            var heading = line.Text.Length <= MaxHeadingLength
                && (line.Size >= bodySize * HeadingScale || (line.Bold && !bodyBold && !EndsSentence(line.Text)));
            var kind = heading ? DocumentBlockKind.Heading : DocumentBlockKind.Paragraph;
            var text = line.Text;
            if (!heading && BulletMark().Match(text) is { Success: true } bullet)
            {
                kind = DocumentBlockKind.Bullet;
                text = text[bullet.Length..];
            }

            var continues = open is not null && previous is not null
                && kind != DocumentBlockKind.Bullet
                && (open.Kind == kind || (open.Kind == DocumentBlockKind.Bullet && kind == DocumentBlockKind.Paragraph))
                && !open.Text.EndsWith('?')
                && (!heading || (Math.Abs(previous.Size - line.Size) < 0.5 && !EndsSentence(open.Text)))
                && (previous.Page == line.Page
                    ? previous.Baseline - line.Baseline <= ParagraphGap * Math.Max(previous.Size, line.Size)
                    : !EndsSentence(open.Text));
            if (continues)
            {
                open = open! with { Text = Joined(open.Text, text) };
            }
            else
            {
                if (open is not null)
                {
                    blocks.Add(open);
                }

                open = new DocumentBlock(kind, text, lineOfPage, line.Page);
            }

            previous = line;
        }

        blocks.Add(open!);
        return blocks;
    }

    /// <summary>The size most of the text is set in.</summary>
    public static double BodySize(IReadOnlyList<PdfLine> lines) =>
        lines.Count == 0 ? 0 : lines.GroupBy(l => Math.Round(l.Size, 1)).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;

    // A line ending in a hyphen inside a word: "infor-" + "mation" was hyphenated to fit and is one word again, but
    // "expense-" + "reimbursement" is a compound that happened to break at its hyphen, which stays. A soft hyphen
    // always goes; otherwise the joined word must be a known English word for the hyphen to go.
    private static string Joined(string text, string next)
    {
        if (text.Length > 1 && text[^1] is '-' or '\u00AD' && char.IsLetter(text[^2]) && next.Length > 0 && char.IsLower(next[0]))
        {
            var stem = text[..^1];
            var joined = LastWord(stem) + FirstWord(next);
            return text[^1] == '\u00AD' || EnglishFrequencies.Instance.IsRealWord(joined.ToLowerInvariant()) ? stem + next : text + next;
        }

        return text + " " + next;
    }

    private static string LastWord(string text) => new([.. text.Reverse().TakeWhile(char.IsLetter).Reverse()]);

    private static string FirstWord(string text) => new([.. text.TakeWhile(char.IsLetter)]);

    private static bool EndsSentence(string text) => SentenceEnd().IsMatch(text);

    [GeneratedRegex(@"[.!?:;][""”’)\]]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:[•◦▪‣●○■–*-]|\d{1,3}[.)])\s+")]
    private static partial Regex BulletMark();
}
