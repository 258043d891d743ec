using System.Globalization;
using System.Text;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>Every wrong reply of a size as a TSV, for whoever tunes the matcher: the question, how it was made, and what came back.</summary>
public static class MissesFile
{
    /// <summary>Writes briefbot-misses-SIZE.tsv (the lexical matcher's) or, with a <paramref name="matcher"/> name, briefbot-misses-NAME-SIZE.tsv.</summary>
    public static string Write(string folder, int size, IReadOnlyList<CheckedQuestion>? results, string? matcher = null)
    {
        var name = matcher is null ? "" : matcher + "-";
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"briefbot-misses-{name}{size}.tsv"));
        var text = new StringBuilder("kind\toutcome\tconfidence\tquestion\tmade from\tanswered with\n");
        foreach (var miss in (results ?? []).Where(c => !c.IsRight))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{miss.Question.Kind}\t{miss.Outcome}\t{miss.Confidence}\t{miss.Question.Text}\t{miss.Question.Source}\t{miss.AnsweredQuestion ?? miss.AnsweredText}");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
