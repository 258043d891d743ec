using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BriefBot.Authoring.Security;

/// <summary>
/// Finds the author a token belongs to in constant time: every configured token is compared, each as a SHA-256
/// hash (so lengths are equal and nothing is learned from where a comparison stops), and the loop never exits early.
/// </summary>
public sealed class AuthorTokens
{
    private readonly (string Name, byte[] Hash)[] authors;

    public AuthorTokens(IOptions<AuthoringOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        authors = [.. options.Value.Authors.Select(a => (a.Name.Trim(), Hash(a.Token)))];
    }

    /// <summary>The author whose token this is, or null.</summary>
    public string? Find(string? token)
    {
        var candidate = Hash(token ?? "");
        string? found = null;
        foreach (var (name, hash) in authors)
        {
            if (CryptographicOperations.FixedTimeEquals(candidate, hash))
            {
                found = name;
            }
        }

        return found;
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
