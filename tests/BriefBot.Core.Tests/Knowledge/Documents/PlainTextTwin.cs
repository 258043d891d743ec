using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Knowledge.Documents;

/// <summary>
/// The blocks of a plain-text briefing as the text parser read them (title, headings, bullets, paragraphs), for
/// writing the same briefing as a Word, PDF or HTML document that must answer as the text does.
/// </summary>
internal static class PlainTextTwin
{
    public static IReadOnlyList<TwinBlock> Blocks(string text)
    {
        var (briefing, problems) = BriefingParser.Parse(text, "twin.txt");
        Assert.Empty(problems);
        var blocks = new List<TwinBlock>();
        string? section = null;
        foreach (var paragraph in briefing!.Sentences.GroupBy(s => (s.Line, s.Role)).Select(g => g.ToList()))
        {
            var first = paragraph[0];
            if (first.Role == SentenceRole.Title)
            {
                blocks.Add(new TwinBlock(TwinKind.Title, first.Text));
                continue;
            }

            if (first.Section is { } heading && heading != section)
            {
                section = heading;
                blocks.Add(new TwinBlock(TwinKind.Heading, heading));
            }

            blocks.Add(new TwinBlock(first.Role == SentenceRole.Bullet ? TwinKind.Bullet : TwinKind.Paragraph, string.Join(" ", paragraph.Select(s => s.Text))));
        }

        return blocks;
    }
}
