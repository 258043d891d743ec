using System.Text;

namespace BriefBot.Core.Knowledge;

/// <summary>Reads a knowledge file as strict UTF-8, turning unreadable or invalid files into problems with a line.</summary>
public static class KnowledgeFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(string? Text, KnowledgeProblem? Problem)> ReadAsync(string path, string displayName, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new KnowledgeProblem(displayName, 0, $"cannot be read: {e.Message}"));
        }

        return Decode(bytes, displayName);
    }

    public static (string? Text, KnowledgeProblem? Problem) Decode(ReadOnlySpan<byte> bytes, string displayName)
    {
        var body = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        try
        {
            var text = StrictUtf8.GetString(body);
            return string.IsNullOrWhiteSpace(text)
                ? (null, new KnowledgeProblem(displayName, 0, "is empty"))
                : (text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), null);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + body[..Math.Clamp(e.Index, 0, body.Length)].Count((byte)'\n');
            return (null, new KnowledgeProblem(displayName, line, "is not valid UTF-8 text"));
        }
    }
}
