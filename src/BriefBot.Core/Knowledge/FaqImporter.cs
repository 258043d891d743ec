using System.Text;
using System.Text.Json;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Turns a spreadsheet of <c>question, answer</c> rows (TSV or CSV; a header row and <c>#</c> comment lines
/// skipped) into a curated file. Rows that share an answer become one entry with alternate phrasings. A quoted field
/// never closed throws <see cref="FormatException"/>; rows without both fields are skipped and columns past the
/// second ignored, each with a problem naming the line.
/// </summary>
public static class FaqImporter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static (IReadOnlyList<CuratedEntry> Entries, IReadOnlyList<KnowledgeProblem> Problems) Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var separator = file.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || FirstDataLine(text).Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
        var byAnswer = new Dictionary<string, (List<string> Questions, int Line)>(StringComparer.Ordinal);
        var order = new List<string>();
        var problems = new List<KnowledgeProblem>();
        var first = true;
        foreach (var (fields, line) in DelimitedRows.Parse(text, separator))
        {
            if (fields.Count == 0 || (fields.Count == 1 && fields[0].Length == 0) || fields[0].TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (first && IsHeader(fields))
            {
                first = false;
                continue;
            }

            first = false;
            if (fields.Count < 2 || string.IsNullOrWhiteSpace(fields[0]) || string.IsNullOrWhiteSpace(fields[1]))
            {
                problems.Add(new KnowledgeProblem(file, line, "expected a question and an answer (row skipped)"));
                continue;
            }

            if (fields.Skip(2).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                problems.Add(new KnowledgeProblem(file, line, $"{fields.Count} columns; only the first two (question, answer) are imported"));
            }

            var question = fields[0].Trim();
            var answer = fields[1].Trim();
            if (!byAnswer.TryGetValue(answer, out var group))
            {
                byAnswer[answer] = group = ([], line);
                order.Add(answer);
            }

            if (!group.Questions.Contains(question, StringComparer.OrdinalIgnoreCase))
            {
                group.Questions.Add(question);
            }
        }

        return ([.. order.Select(a => new CuratedEntry(byAnswer[a].Questions, a, byAnswer[a].Line))], problems);
    }

    /// <summary>Writes entries in the curated file format that <see cref="CuratedFileReader"/> reads.</summary>
    public static string ToCuratedJson(string title, IReadOnlyList<CuratedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("title", title);
            writer.WriteStartArray("entries");
            foreach (var entry in entries)
            {
                writer.WriteStartObject();
                writer.WriteStartArray("questions");
                foreach (var question in entry.Questions)
                {
                    writer.WriteStringValue(question);
                }

                writer.WriteEndArray();
                writer.WriteString("answer", entry.Answer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static bool IsHeader(IReadOnlyList<string> fields) =>
        fields.Count >= 2 && fields[0].Trim().Contains("question", StringComparison.OrdinalIgnoreCase)
        && fields[1].Trim().Contains("answer", StringComparison.OrdinalIgnoreCase);

    private static string FirstDataLine(string text) =>
        text.Split('\n').FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#')) ?? "";
}
