using System.Net;
using System.Text;

namespace BriefBot.Core.Tests.Knowledge.Documents;

/// <summary>Writes blocks as an intranet page by hand: site navigation, a header, the article, a footer and a script around it.</summary>
internal static class HtmlWriter
{
    public static string Write(IEnumerable<TwinBlock> blocks)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Intranet | News</title>\n<style>body { font-family: sans-serif; }</style>\n</head>\n<body>\n");
        html.Append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">All news</a></li></ul></nav>\n");
        html.Append("<header><p>Intranet news</p></header>\n<main>\n");
        var inList = false;
        foreach (var block in blocks)
        {
            if (inList && block.Kind != TwinKind.Bullet)
            {
                html.Append("</ul>\n");
                inList = false;
            }

            var text = WebUtility.HtmlEncode(block.Text);
            switch (block.Kind)
            {
                case TwinKind.Title:
                    html.Append("<h1>").Append(text).Append("</h1>\n");
                    break;
                case TwinKind.Heading:
                    html.Append("<h2>").Append(text).Append("</h2>\n");
                    break;
                case TwinKind.Bullet:
                    html.Append(inList ? "" : "<ul>\n").Append("  <li>").Append(text).Append("</li>\n");
                    inList = true;
                    break;
                default:
                    html.Append("<p>").Append(text).Append("</p>\n");
                    break;
            }
        }

        html.Append(inList ? "</ul>\n" : "").Append("</main>\n<footer><p>© Intranet team. Questions? Ask the help desk.</p></footer>\n<script>console.log(\"Tracking code.\");</script>\n</body>\n</html>\n");
        return html.ToString();
    }
}
