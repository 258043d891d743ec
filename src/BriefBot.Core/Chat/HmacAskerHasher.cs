using System.Security.Cryptography;
using System.Text;

namespace BriefBot.Core.Chat;

/// <summary>HMAC-SHA256 of the user id under a secret key: the same asker always gets the same hash, and without the key no hash leads back to a user.</summary>
public sealed class HmacAskerHasher(byte[] key) : IAskerHasher
{
    private readonly byte[] key = key is { Length: >= 16 } ? key : throw new ArgumentException("The asker key must be at least 16 bytes.", nameof(key));

    /// <summary>A hasher with a fresh random key: repeat askers are counted within this process only.</summary>
    public static HmacAskerHasher WithRandomKey() => new(RandomNumberGenerator.GetBytes(32));

    public string? Hash(string? user) =>
        string.IsNullOrEmpty(user) ? null : Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(user)).AsSpan(0, 16));
}
