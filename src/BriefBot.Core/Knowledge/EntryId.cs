using System.Security.Cryptography;
using System.Text;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Stable entry ids: a kind prefix and a hash of the file and the entry's identifying text, so an entry keeps its id
/// across reloads for as long as that text is unchanged (feedback and "what changed" rely on it).
/// </summary>
public static class EntryId
{
    public static string For(EntryKind kind, string file, string identity)
    {
        var prefix = kind switch
        {
            EntryKind.Faq => "faq",
            EntryKind.Fact => "fact",
            EntryKind.Definition => "def",
            _ => "qa",
        };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(file + "\n" + identity.Trim().ToLowerInvariant()));
        return prefix + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }

    public static string Fingerprint(IEnumerable<KnowledgeEntry> entries)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in entries.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{entry.Id}\n{entry.Answer}\n{entry.Quote.Text}\n{string.Join('\n', entry.Questions)}\n\0"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset().AsSpan(0, 8));
    }
}
