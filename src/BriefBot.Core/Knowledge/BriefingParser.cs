using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Documents;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Reads the structure of a briefing written as plain text or Markdown: the title (first line or first heading),
/// the lead (first paragraph), section headings (a Markdown heading, or a short line without end punctuation),
/// bullet facts, body sentences, and FAQ pairs (a line ending in "?" followed by its answer paragraph).
/// </summary>
public static partial class BriefingParser
{
    private const int MaxHeadingLength = 90;
    private const int MaxHeadingWords = 12;

    public static (Briefing? Briefing, IReadOnlyList<KnowledgeProblem> Problems) Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromBlocks(Blocks(text), file);
    }

    /// <summary>The briefing a document's blocks make, whatever format they were read from: title, lead, sections, facts, FAQ.</summary>
    public static (Briefing? Briefing, IReadOnlyList<KnowledgeProblem> Problems) FromBlocks(IReadOnlyList<DocumentBlock> blocks, string file)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count == 0)
        {
            return (null, [new KnowledgeProblem(file, 0, "is empty")]);
        }

        var titleBlock = blocks[0];
        var title = titleBlock.Text;
        var sentences = new List<DocumentSentence> { new(title, SentenceRole.Title, null, titleBlock.Line, titleBlock.Page) };
        var sections = new List<string>();
        var faqs = new List<FaqPair>();
        string? section = null;
        var leadSeen = false;

        for (var i = 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind != DocumentBlockKind.Bullet && IsQuestion(block.Text) && i + 1 < blocks.Count
                && blocks[i + 1].Kind == DocumentBlockKind.Paragraph && !IsQuestion(blocks[i + 1].Text))
            {
                var question = new DocumentSentence(StripMarkup(block.Text), SentenceRole.FaqQuestion, section, block.Line, block.Page);
                var answer = SentencesOf(blocks[i + 1], SentenceRole.FaqAnswer, section);
                sentences.Add(question);
                sentences.AddRange(answer);
                faqs.Add(new FaqPair(question, answer));
                i++;
                continue;
            }

            if (block.Kind == DocumentBlockKind.Heading)
            {
                section = StripMarkup(block.Text);
                sections.Add(section);
                continue;
            }

            if (block.Kind == DocumentBlockKind.Bullet)
            {
                sentences.AddRange(SentencesOf(block, SentenceRole.Bullet, section));
                continue;
            }

            if (!leadSeen)
            {
                leadSeen = true;
                sentences.AddRange(SentencesOf(block, SentenceRole.Lead, section));
                continue;
            }

            sentences.AddRange(SentencesOf(block, SentenceRole.Body, section));
        }

        if (sentences.Count == 1)
        {
            return (null, [new KnowledgeProblem(file, titleBlock.Line, "has a title but nothing under it")]);
        }

        return (new Briefing(StripMarkup(title), file, sections, sentences, faqs), []);
    }

    private static List<DocumentSentence> SentencesOf(DocumentBlock block, SentenceRole role, string? section) =>
        [.. SentenceSplitter.Split(block.Text).Select(s => new DocumentSentence(s, role, section, block.Line, block.Page))];

    private static bool IsQuestion(string text) => StripMarkup(text).EndsWith('?');

    /// <summary>Removes Markdown emphasis around a whole line, for titles and headings that are shown, not quoted.</summary>
    internal static string StripMarkup(string text) => Emphasis().Replace(text, "").Trim();

    private static List<DocumentBlock> Blocks(string text)
    {
        var lines = text.Split('\n');
        // Files that separate paragraphs with blank lines may wrap a paragraph over several lines; files without
        // blank lines (the plain briefing shape) hold one paragraph per line.
        var wrapped = text.Trim().Split('\n').Any(string.IsNullOrWhiteSpace);
        var blocks = new List<DocumentBlock>();
        var inFence = false;
        var inFrontMatter = false;
        DocumentBlock? open = null;
        // The lines of the open paragraph, joined when it closes: appending each line to the paragraph's text copied
        // the whole paragraph per line, quadratic in a long paragraph (a 5 MB file of 52,000 lines took minutes).
        var openLines = new List<string>();

        for (var n = 0; n < lines.Length; n++)
        {
            var raw = lines[n].TrimEnd();
            var lineNumber = n + 1;
            var trimmed = raw.Trim();

            if (n == 0 && trimmed == "---")
            {
                inFrontMatter = true;
                continue;
            }

            if (inFrontMatter)
            {
                inFrontMatter = trimmed != "---";
                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                Close();
                continue;
            }

            if (inFence || trimmed.Length == 0 || IsDecoration(trimmed))
            {
                Close();
                continue;
            }

            var heading = MarkdownHeading().Match(trimmed);
            if (heading.Success)
            {
                Close();
                blocks.Add(new DocumentBlock(DocumentBlockKind.Heading, heading.Groups["text"].Value.Trim(), lineNumber));
                continue;
            }

            var bullet = BulletLine().Match(trimmed);
            if (bullet.Success)
            {
                Close();
                blocks.Add(new DocumentBlock(DocumentBlockKind.Bullet, bullet.Groups["text"].Value.Trim(), lineNumber));
                continue;
            }

            var content = trimmed.StartsWith('>') ? trimmed.TrimStart('>', ' ') : trimmed;
            if (IsQuestion(content))
            {
                Close();
                blocks.Add(new DocumentBlock(DocumentBlockKind.Paragraph, content, lineNumber));
                continue;
            }

            // In wrapped text a short capitalised line is a heading unless the next line continues it in lower case.
            var standsAlone = wrapped && LooksLikeHeadingText(content) && !NextLineContinues(lines, n);
            if (wrapped && open is not null && !standsAlone)
            {
                openLines.Add(content);
                continue;
            }

            Close();
            open = new DocumentBlock(DocumentBlockKind.Paragraph, content, lineNumber);
            if (!wrapped || standsAlone)
            {
                Close();
            }
        }

        Close();
        return [.. blocks.Select((b, i) => i > 0 && b.Kind == DocumentBlockKind.Paragraph && LooksLikeHeading(b, blocks, i) ? b with { Kind = DocumentBlockKind.Heading } : b)];

        void Close()
        {
            if (open is not null)
            {
                blocks.Add(openLines.Count == 0 ? open : open with { Text = open.Text + " " + string.Join(' ', openLines) });
                open = null;
                openLines.Clear();
            }
        }
    }

    // A plain-text heading: a short line, without end punctuation, that is followed by more text.
    private static bool LooksLikeHeading(DocumentBlock block, List<DocumentBlock> blocks, int index) =>
        index + 1 < blocks.Count && LooksLikeHeadingText(block.Text);

    private static bool LooksLikeHeadingText(string line)
    {
        var text = StripMarkup(line);
        if (text.Length is 0 or > MaxHeadingLength || !(char.IsUpper(text[0]) || char.IsDigit(text[0])))
        {
            return false;
        }

        return text[^1] is not ('.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or ')')
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords;
    }

    private static bool NextLineContinues(string[] lines, int index) =>
        index + 1 < lines.Length && lines[index + 1].TrimStart() is { Length: > 0 } next && char.IsLower(next[0]);

    private static bool IsDecoration(string line) =>
        line.StartsWith("<!--", StringComparison.Ordinal) || line.StartsWith('|') || line.StartsWith("![", StringComparison.Ordinal)
        || line.All(c => c is '-' or '=' or '*' or '_' or ' ');

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:[-*+•]|\d{1,3}[.)])\s+(?<text>.+)$")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"^[*_]{1,3}|[*_]{1,3}$")]
    private static partial Regex Emphasis();
}
