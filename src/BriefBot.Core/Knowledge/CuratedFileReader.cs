using System.Text;
using System.Text.Json;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Reads a curated file (JSON):
/// <code>{ "title": "…", "entries": [ { "questions": ["…", "…"], "answer": "…" } ], "synonyms": [ ["wfh", "work from home"] ] }</code>
/// Every problem names the line it is on. A bad entry is skipped; the others still load.
/// </summary>
public static class CuratedFileReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static (CuratedFile? File, IReadOnlyList<KnowledgeProblem> Problems) Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var problems = new List<KnowledgeProblem>();
        var entries = new List<CuratedEntry>();
        var synonyms = new List<SynonymGroup>();
        var title = Path.GetFileNameWithoutExtension(file);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, [new KnowledgeProblem(file, LineOf(bytes, reader.TokenStartIndex), "must be a JSON object with \"entries\" and/or \"synonyms\"")]);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                var line = LineOf(bytes, reader.TokenStartIndex);
                reader.Read();
                switch (name)
                {
                    case "title" when reader.TokenType == JsonTokenType.String:
                        title = reader.GetString() is { Length: > 0 } t ? t : title;
                        break;
                    case "entries" when reader.TokenType == JsonTokenType.StartArray:
                        ReadEntries(ref reader, bytes, file, entries, problems);
                        break;
                    case "synonyms" when reader.TokenType == JsonTokenType.StartArray:
                        ReadSynonyms(ref reader, bytes, file, synonyms, problems);
                        break;
                    default:
                        problems.Add(new KnowledgeProblem(file, line, $"unknown or mistyped property \"{name}\" (expected \"title\", \"entries\" or \"synonyms\")"));
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            problems.Add(new KnowledgeProblem(file, (int)(e.LineNumber ?? 0) + 1, $"is not valid JSON: {FirstSentence(e.Message)}"));
            return (null, problems);
        }

        if (entries.Count == 0 && synonyms.Count == 0)
        {
            problems.Add(new KnowledgeProblem(file, 1, "holds no entries and no synonyms"));
            return (null, problems);
        }

        return (new CuratedFile(file, title, entries, synonyms), problems);
    }

    private static void ReadEntries(ref Utf8JsonReader reader, byte[] bytes, string file, List<CuratedEntry> entries, List<KnowledgeProblem> problems)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = LineOf(bytes, reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                problems.Add(new KnowledgeProblem(file, line, "an entry must be an object with \"questions\" and \"answer\""));
                reader.Skip();
                continue;
            }

            var questions = new List<string>();
            string? answer = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name is "questions" or "question")
                {
                    questions.AddRange(ReadStrings(ref reader));
                }
                else if (name == "answer" && reader.TokenType == JsonTokenType.String)
                {
                    answer = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            questions.RemoveAll(string.IsNullOrWhiteSpace);
            if (questions.Count == 0 || string.IsNullOrWhiteSpace(answer))
            {
                problems.Add(new KnowledgeProblem(file, line, questions.Count == 0 ? "entry has no question" : "entry has no answer"));
                continue;
            }

            entries.Add(new CuratedEntry([.. questions.Select(q => q.Trim())], answer.Trim(), line));
        }
    }

    private static void ReadSynonyms(ref Utf8JsonReader reader, byte[] bytes, string file, List<SynonymGroup> synonyms, List<KnowledgeProblem> problems)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = LineOf(bytes, reader.TokenStartIndex);
            var terms = ReadStrings(ref reader).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
            if (terms.Count < 2)
            {
                problems.Add(new KnowledgeProblem(file, line, "a synonym group needs at least two terms"));
                continue;
            }

            synonyms.Add(new SynonymGroup(terms));
        }
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }

        var values = new List<string>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return values;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                values.Add(reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }

        return values;
    }

    private static int LineOf(byte[] bytes, long offset) =>
        1 + bytes.AsSpan(0, (int)Math.Min(offset, bytes.Length)).Count((byte)'\n');

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
