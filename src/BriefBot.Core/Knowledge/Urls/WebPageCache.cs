using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BriefBot.Core.Knowledge.Urls;

/// <summary>
/// The last good copy of each web page on disk, so a page that fails or disappears keeps serving across restarts:
/// the body as fetched and a small JSON file of its validators, under a name derived from the URL. A copy is
/// written aside and moved into place, so a crash never leaves half a page.
/// </summary>
public sealed class WebPageCache(string folder)
{
    public (byte[] Body, WebPageCopy Copy)? Read(string url)
    {
        var (body, meta) = PathsOf(url);
        try
        {
            if (!File.Exists(body) || !File.Exists(meta))
            {
                return null;
            }

            var copy = JsonSerializer.Deserialize<WebPageCopy>(File.ReadAllText(meta));
            var bytes = File.ReadAllBytes(body);
            return copy is not null && copy.Url == url && copy.Sha256 == Hash(bytes) ? (bytes, copy) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // An unreadable copy is no copy: the next good fetch replaces it.
            return null;
        }
    }

    public WebPageCopy Write(string url, WebPageFetch.Fetched fetched, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        Directory.CreateDirectory(folder);
        var copy = new WebPageCopy(url, fetched.ETag, fetched.LastModified, fetched.Charset, at, Hash(fetched.Body));
        var (body, meta) = PathsOf(url);
        Replace(body, fetched.Body);
        Replace(meta, JsonSerializer.SerializeToUtf8Bytes(copy));
        return copy;
    }

    public static string Hash(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));

    private (string Body, string Meta) PathsOf(string url)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..20];
        return (Path.Combine(folder, name + ".html"), Path.Combine(folder, name + ".json"));
    }

    private static void Replace(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
