using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace BriefBot.Embeddings;

/// <summary>
/// A text's full SHA-256: two texts with the same key are taken to be the same text, which no known collision
/// contradicts; a shorter hash would let one text receive another's embedding.
/// </summary>
internal readonly record struct TextKey(ulong A, ulong B, ulong C, ulong D)
{
    public static TextKey Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return From(hash);
    }

    public static TextKey From(ReadOnlySpan<byte> hash) => new(
        BinaryPrimitives.ReadUInt64LittleEndian(hash),
        BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]),
        BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]),
        BinaryPrimitives.ReadUInt64LittleEndian(hash[24..]));

    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, A);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], B);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[16..], C);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[24..], D);
    }
}
