using System.Text;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge.Documents;

/// <summary>
/// Decodes an HTML page's bytes: by its byte-order mark, else the charset the server or the page's own
/// <c>meta</c> declares, else as strict UTF-8. A legacy encoding (windows-1252, ISO-8859-2, Shift_JIS…) is read
/// when declared; bytes that fit no encoding are a problem, never replacement characters in a quote.
/// </summary>
internal static partial class HtmlText
{
    public static (string? Text, string? Problem) Decode(byte[] bytes, string? declaredCharset)
    {
        var charset = Bom(bytes) ?? declaredCharset ?? MetaCharset(bytes);
        Encoding encoding;
        try
        {
            encoding = charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
                ? new UTF8Encoding(false, throwOnInvalidBytes: true)
                : Encoding.GetEncoding(charset, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            if (CodePagesEncodingProvider.Instance.GetEncoding(charset!, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback) is not { } legacy)
            {
                return (null, $"declares the charset \"{charset}\", which BriefBot cannot read: save it as UTF-8");
            }

            encoding = legacy;
        }

        try
        {
            var preamble = encoding.Preamble;
            var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
            return (encoding.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, charset is null
                ? "is not valid UTF-8 and declares no other charset: add <meta charset=\"…\"> or save it as UTF-8"
                : $"is not valid {charset} text");
        }
    }

    private static string? Bom(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? "utf-8"
        : bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]) ? "utf-16"
        : bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]) ? "utf-16BE"
        : null;

    // The HTML standard's prescan looks at the first 1024 bytes for a meta charset; ASCII is enough to read it.
    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return Meta().Match(head) is { Success: true } match ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Meta();
}
