using System.Text.Json;
using System.Text.Json.Serialization;
using BriefBot.Core.Storage;

namespace BriefBot.Storage;

/// <summary>
/// The JSON columns of the learned tables: an entry's phrasings (always read and replaced whole, in order), and an
/// entry as it was before and after a change, for the change log.
/// </summary>
internal static class LearnedJson
{
    public static string Questions(string[] questions) => JsonSerializer.Serialize(questions, LearnedJsonContext.Default.StringArray);

    public static IReadOnlyList<string> ReadQuestions(string json) =>
        JsonSerializer.Deserialize(json, LearnedJsonContext.Default.StringArray) ?? throw new JsonException("A learned entry's questions are null.");

    public static string? Entry(LearnedEntry? entry) => entry is null ? null : JsonSerializer.Serialize(entry, LearnedJsonContext.Default.LearnedEntry);

    public static LearnedEntry? ReadEntry(string? json) => json is null ? null : JsonSerializer.Deserialize(json, LearnedJsonContext.Default.LearnedEntry);
}

[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(LearnedEntry))]
internal sealed partial class LearnedJsonContext : JsonSerializerContext;
