using System.Globalization;
using System.Text;
using BriefBot.Core.Digests;

namespace BriefBot.ConsoleChat;

/// <summary>A digest as plain text: per briefing its key facts and what changed, or one line when nothing did.</summary>
public static class DigestText
{
    public static string Render(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"== Digest: {digest.Name} ({digest.GeneratedAt:yyyy-MM-dd HH:mm} UTC) ==\n");
        if (digest.Briefings.Count == 0)
        {
            text.Append("No briefings in the knowledge folder.\n");
        }

        foreach (var briefing in digest.Briefings)
        {
            text.Append('\n').Append(briefing.Title).Append('\n');
            if (briefing.Unchanged)
            {
                text.Append("  No changes since the last digest.\n");
                continue;
            }

            // The briefing's title heads its facts, so each fact's source is just its section.
            foreach (var fact in briefing.KeyFacts)
            {
                text.Append("  • ").Append(fact.Text);
                if (fact.Source.Section is { Length: > 0 } section)
                {
                    text.Append("  (").Append(section).Append(')');
                }

                text.Append('\n');
            }

            if (briefing.Changes is { IsEmpty: false } changes)
            {
                text.Append("  What changed:\n");
                foreach (var added in changes.Added)
                {
                    text.Append("    + New: “").Append(added.Text).Append("”\n");
                }

                foreach (var changed in changes.Changed)
                {
                    text.Append("    ~ Was: “").Append(changed.Before.Text).Append("”\n      Now: “").Append(changed.After.Text).Append("”\n");
                }

                foreach (var removed in changes.Removed)
                {
                    text.Append("    - Removed: “").Append(removed.Text).Append("”\n");
                }
            }
        }

        if (digest.Unanswered.Count > 0)
        {
            text.Append("\nAsked but not answered:\n");
            foreach (var question in digest.Unanswered)
            {
                text.Append(CultureInfo.InvariantCulture, $"  • {question.Question} (×{question.Count})\n");
            }
        }

        return text.ToString();
    }
}
