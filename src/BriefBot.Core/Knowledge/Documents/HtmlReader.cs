using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefBot.Core.Knowledge.Documents;

/// <summary>
/// Reads an HTML page into blocks: the first <c>h1</c> (or else <c>title</c>) is the title, <c>h2</c>–<c>h6</c> are
/// sections, <c>li</c> are bullets, <c>p</c> and loose text are paragraphs, <c>dt</c>/<c>dd</c> and
/// <c>summary</c>/<c>details</c> are question and answer, table rows are facts under their header. Navigation,
/// headers without the title, footers, scripts, styles and hidden elements are not the page's content and are dropped.
/// </summary>
internal static class HtmlReader
{
    private const string Dropped = "script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, pre, [hidden], [aria-hidden=true]";

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small",
        "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "br", "img", "del", "ins", "font", "label",
    };

    public static IReadOnlyList<DocumentBlock> Read(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(Dropped).ToList())
        {
            element.Remove();
        }

        foreach (var header in document.QuerySelectorAll("header").Where(h => h.QuerySelector("h1") is null).ToList())
        {
            header.Remove();
        }

        var root = document.QuerySelector("main") ?? document.QuerySelector("article") ?? document.Body;
        var blocks = new List<DocumentBlock>();
        var walk = new Walk(blocks);
        if (root is not null)
        {
            walk.Container(root);
        }

        // The parser takes the first block as the title: the first h1, else the page's title.
        if (walk.TitleAt >= 0)
        {
            var title = blocks[walk.TitleAt];
            blocks.RemoveAt(walk.TitleAt);
            blocks.Insert(0, title);
        }
        else if (VisibleText.Normalise(document.Title ?? "") is { Length: > 0 } pageTitle)
        {
            blocks.Insert(0, new DocumentBlock(DocumentBlockKind.Paragraph, pageTitle, 1));
        }

        return blocks;
    }

    private sealed class Walk(List<DocumentBlock> blocks)
    {
        private readonly List<INode> loose = [];

        public int TitleAt { get; private set; } = -1;

        public void Container(IElement element)
        {
            foreach (var node in element.ChildNodes)
            {
                if (node is IElement child && !Inline.Contains(child.LocalName))
                {
                    Flush();
                    Block(child);
                }
                else
                {
                    loose.Add(node);
                }
            }

            Flush();
        }

        private void Block(IElement element)
        {
            switch (element.LocalName)
            {
                case "h1" when TitleAt < 0 && TextOf(element).Length > 0:
                    TitleAt = blocks.Count;
                    Add(DocumentBlockKind.Paragraph, TextOf(element), LineOf(element));
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Add(DocumentBlockKind.Heading, TextOf(element), LineOf(element));
                    break;
                case "p" or "dt" or "dd" or "summary" or "caption" or "figcaption":
                    Add(DocumentBlockKind.Paragraph, TextOf(element), LineOf(element));
                    break;
                case "li":
                    Add(DocumentBlockKind.Bullet, TextOf(element, skipLists: true), LineOf(element));
                    foreach (var list in element.Children.Where(c => c.LocalName is "ul" or "ol"))
                    {
                        Container(list);
                    }

                    break;
                case "table":
                    var rows = element.QuerySelectorAll("tr").Select(tr => (IReadOnlyList<string>)[.. tr.Children.Where(c => c.LocalName is "td" or "th").Select(c => TextOf(c))]).ToList();
                    foreach (var fact in TableRows.Facts(rows))
                    {
                        Add(DocumentBlockKind.Bullet, fact, LineOf(element));
                    }

                    break;
                default:
                    Container(element);
                    break;
            }
        }

        private void Flush()
        {
            if (loose.Count > 0)
            {
                var text = VisibleText.Normalise(string.Concat(loose.Select(n => TextOf(n))));
                var line = loose.OfType<IElement>().Select(LineOf).FirstOrDefault(blocks.Count + 1);
                loose.Clear();
                Add(DocumentBlockKind.Paragraph, text, line);
            }
        }

        private void Add(DocumentBlockKind kind, string text, int line)
        {
            if (text.Length > 0)
            {
                blocks.Add(new DocumentBlock(kind, text, line));
            }
        }

        private int LineOf(IElement element) => element.SourceReference?.Position.Line ?? (blocks.Count + 1);
    }

    private static string TextOf(INode node, bool skipLists = false) => VisibleText.Normalise(Collect(node, skipLists));

    // TextContent would glue "line<br>next" into "linenext"; a reader sees a break there.
    private static string Collect(INode node, bool skipLists) => node switch
    {
        IText text => text.Data,
        IElement { LocalName: "br" } => " ",
        IElement { LocalName: "ul" or "ol" } when skipLists => " ",
        IElement element when !Inline.Contains(element.LocalName) => " " + string.Concat(element.ChildNodes.Select(c => Collect(c, skipLists))) + " ",
        _ => string.Concat(node.ChildNodes.Select(c => Collect(c, skipLists))),
    };
}
