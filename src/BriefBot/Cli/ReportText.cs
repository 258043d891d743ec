using System.Globalization;
using System.Text;
using BriefBot.Core.Reports;

namespace BriefBot.Cli;

/// <summary>The knowledge report as plain text.</summary>
internal static class ReportText
{
    public static string Render(KnowledgeReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"BriefBot report {report.From:yyyy-MM-dd HH:mm} – {report.To:yyyy-MM-dd HH:mm} UTC\n");
        text.Append(CultureInfo.InvariantCulture, $"{Count(report.Questions, "question")} from {Count(report.DistinctAskers, "asker")}, {report.Answered} answered, {report.Questions - report.Answered} declined.\n");

        text.Append("\nMost-asked questions the knowledge could not answer:\n");
        if (report.MostAskedUnanswered.Count == 0)
        {
            text.Append("  (none)\n");
        }

        foreach (var question in report.MostAskedUnanswered)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {question.Count,4} × {question.Question}\n");
        }

        text.Append("\nEntries with the most \"Not helpful\":\n");
        if (report.MostNotHelpful.Count == 0)
        {
            text.Append("  (none)\n");
        }

        foreach (var entry in report.MostNotHelpful)
        {
            var what = entry.Answer is null ? $"{entry.EntryId} (no longer in the knowledge)" : $"{entry.Question ?? Shorten(entry.Answer)} [{entry.EntryId}]";
            text.Append(CultureInfo.InvariantCulture, $"  {entry.NotHelpful,4} not helpful, {entry.Helpful} helpful: {what}\n");
        }

        text.Append("\nNear misses (declined, but close to an entry: add a phrasing or a new entry):\n");
        if (report.NearMisses.Count == 0)
        {
            text.Append("  (none)\n");
        }

        foreach (var miss in report.NearMisses)
        {
            // An entry id means nothing to whoever keeps the knowledge: show the entry, or say it is gone.
            var entry = miss.EntryAnswer is null ? "(no longer in the knowledge)" : miss.EntryQuestion ?? Shorten(miss.EntryAnswer);
            text.Append(CultureInfo.InvariantCulture, $"  {miss.Count,4} × {miss.Question}  (confidence {miss.Confidence}; closest: {entry})\n");
        }

        return text.ToString();
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{count} {noun}s");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
