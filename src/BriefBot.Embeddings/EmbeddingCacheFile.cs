using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace BriefBot.Embeddings;

/// <summary>
/// The embedding cache on disk, little-endian: the magic <c>BBEMBED</c>, a version, the dimensions, the number of
/// rows and the model id; then per row the SHA-256 of the text's UTF-8 and its floats; then the SHA-256 of all that
/// came before. A file is trusted only whole: any mismatch (magic, version, model, dimensions, length, checksum)
/// is a reason to rebuild it, never to read part of it.
/// </summary>
internal static class EmbeddingCacheFile
{
    private const int Version = 1;
    private const int HashBytes = 32;
    private static readonly byte[] Magic = "BBEMBED\0"u8.ToArray();

    public static Dictionary<TextKey, float[]> Read(string path, string modelId, int dimensions, out string? problem)
    {
        problem = null;
        var rows = new Dictionary<TextKey, float[]>();
        if (!File.Exists(path))
        {
            return rows;
        }

        var bytes = File.ReadAllBytes(path);
        problem = Check(bytes, modelId, dimensions, out var count, out var start);
        if (problem is not null)
        {
            return rows;
        }

        var rowBytes = HashBytes + (dimensions * sizeof(float));
        for (var r = 0; r < count; r++)
        {
            var row = bytes.AsSpan(start + (r * rowBytes), rowBytes);
            rows[TextKey.From(row[..HashBytes])] = MemoryMarshal.Cast<byte, float>(row[HashBytes..]).ToArray();
        }

        return rows;
    }

    private static string? Check(byte[] bytes, string modelId, int dimensions, out int count, out int start)
    {
        count = 0;
        start = 0;
        const int Fixed = 8 + 4 + 4 + 4 + 4;
        if (bytes.Length < Fixed + HashBytes || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return "not an embedding cache file";
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        if (version != Version)
        {
            return $"file version {version}, this build reads version {Version}";
        }

        var dims = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(16));
        var modelBytes = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(20));
        if (dims <= 0 || count < 0 || modelBytes < 0 || modelBytes > 1024)
        {
            return "damaged header";
        }

        start = Fixed + modelBytes;
        var expected = start + ((long)count * (HashBytes + (dims * sizeof(float)))) + HashBytes;
        if (bytes.Length != expected)
        {
            return $"{bytes.Length} bytes where its header promises {expected}: truncated or damaged";
        }

        if (!SHA256.HashData(bytes.AsSpan(0, bytes.Length - HashBytes)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashBytes)))
        {
            return "checksum mismatch: damaged";
        }

        var model = Encoding.UTF8.GetString(bytes, Fixed, modelBytes);
        if (model != modelId || dims != dimensions)
        {
            return $"made by model {model} ({dims} dimensions), not {modelId} ({dimensions})";
        }

        return null;
    }

    /// <summary>Writes the rows to a temporary file beside <paramref name="path"/> and renames it over: a reader sees the old file or the new, never half.</summary>
    public static void Write(string path, string modelId, int dimensions, IReadOnlyCollection<KeyValuePair<TextKey, float[]>> rows, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var model = Encoding.UTF8.GetBytes(modelId);
                var header = new byte[24];
                Magic.CopyTo(header, 0);
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), Version);
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), dimensions);
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), rows.Count);
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(20), model.Length);
                Put(header);
                Put(model);
                var row = new byte[HashBytes + (dimensions * sizeof(float))];
                foreach (var (key, vector) in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    key.CopyTo(row);
                    MemoryMarshal.AsBytes(vector.AsSpan()).CopyTo(row.AsSpan(HashBytes));
                    Put(row);
                }

                file.Write(hash.GetHashAndReset());
                file.Flush(flushToDisk: true);

                void Put(ReadOnlySpan<byte> part)
                {
                    hash.AppendData(part);
                    file.Write(part);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
