using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBot.Core.Tests.Knowledge.Documents;

/// <summary>Writes blocks as a Word document through the OpenXml SDK, with the built-in Title, Heading and List styles as Word names them.</summary>
internal static class DocxWriter
{
    public static byte[] Write(IEnumerable<TwinBlock> blocks, Action<Body>? extra = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Style("Title", "Title"), Style("Heading1", "heading 1"), Style("Heading2", "heading 2"), Style("ListBullet", "List Bullet"));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            var body = new Body();
            foreach (var block in blocks)
            {
                body.Append(block.Kind switch
                {
                    TwinKind.Title => Paragraph(block.Text, "Title"),
                    TwinKind.Heading => Paragraph(block.Text, "Heading1"),
                    TwinKind.Bullet => ListItem(block.Text),
                    _ => Paragraph(block.Text, null),
                });
            }

            extra?.Invoke(body);
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    public static Paragraph Paragraph(string text, string? style, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(text.Length > 0 ? [Run(text), .. runs] : runs);
        return paragraph;
    }

    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Paragraph ListItem(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "ListBullet" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })), Run(text));

    private static DocumentFormat.OpenXml.Wordprocessing.Style Style(string id, string name) => new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
}
