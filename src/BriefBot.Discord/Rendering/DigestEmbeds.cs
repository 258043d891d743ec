using System.Globalization;
using System.Text;
using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Discord.Payloads;

namespace BriefBot.Discord.Rendering;

/// <summary>
/// A <see cref="Digest"/> as Discord messages: an embed per briefing (key facts with their source, what changed,
/// or one line when nothing did) and one for the questions the bot could not answer. Long briefings continue in
/// further embeds, and embeds are packed into as many messages as Discord's per-message limits need.
/// </summary>
internal static class DigestEmbeds
{
    private const int Color = 0x1565C0;

    public static IReadOnlyList<MessagePayload> Render(Digest digest, int? flags = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var embeds = new List<Embed>();
        foreach (var briefing in digest.Briefings)
        {
            embeds.AddRange(Split(briefing.Title, BriefingLines(briefing)));
        }

        if (digest.Unanswered.Count > 0)
        {
            var lines = digest.Unanswered.Select(q => "• " + DiscordText.Escape(q.Question) + " (×" + q.Count.ToString(CultureInfo.InvariantCulture) + ")");
            embeds.AddRange(Split("Asked but not answered", [.. lines]));
        }

        var header = "**" + DiscordText.Escape(digest.Name) + "** digest · " + digest.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
        if (digest.Briefings.Count == 0)
        {
            header += "\nNo briefings in the knowledge folder.";
        }
        else if (digest.NothingChanged)
        {
            header += " · nothing changed since the last digest";
        }

        return Pack(DiscordText.Cut(header, DiscordLimits.Content), embeds, flags);
    }

    private static List<string> BriefingLines(BriefingDigest briefing)
    {
        if (briefing.Unchanged)
        {
            return ["No changes since the last digest."];
        }

        var lines = new List<string>();
        if (briefing.KeyFacts.Count > 0)
        {
            lines.Add("**Key facts**");
            lines.AddRange(briefing.KeyFacts.Select(f => "• " + DiscordText.Escape(f.Text) + " — *" + DiscordText.Escape(EmbedReply.SourceLine(f.Source)) + "*"));
        }

        if (briefing.Changes is { IsEmpty: false } changes)
        {
            lines.Add("**What changed**");
            lines.AddRange(changes.Added.Select(q => "New: " + Quoted(q)));
            foreach (var change in changes.Changed)
            {
                lines.Add("Was: " + Quoted(change.Before));
                lines.Add("Now: " + Quoted(change.After));
            }

            lines.AddRange(changes.Removed.Select(q => "Removed: " + Quoted(q)));
        }

        if (lines.Count == 0)
        {
            lines.Add("No key facts.");
        }

        return lines;
    }

    private static string Quoted(Quote quote) => "“" + DiscordText.Escape(quote.Text) + "”";

    /// <summary>Lines into embeds of at most a full description each; a single line longer than that is cut.</summary>
    private static IEnumerable<Embed> Split(string title, List<string> lines)
    {
        var first = DiscordText.Cut(DiscordText.Escape(title), DiscordLimits.EmbedTitle);
        var more = DiscordText.Cut(DiscordText.Escape(title), DiscordLimits.EmbedTitle - " (continued)".Length) + " (continued)";
        var description = new StringBuilder();
        var count = 0;
        foreach (var line in lines.Select(l => DiscordText.Cut(l, DiscordLimits.EmbedDescription)))
        {
            if (description.Length > 0 && description.Length + 1 + line.Length > DiscordLimits.EmbedDescription)
            {
                yield return new Embed(count++ == 0 ? first : more, description.ToString(), Color);
                description.Clear();
            }

            description.Append(description.Length > 0 ? "\n" : "").Append(line);
        }

        yield return new Embed(count == 0 ? first : more, description.ToString(), Color);
    }

    /// <summary>Embeds into messages of at most ten embeds and 6,000 characters; the header rides on the first.</summary>
    private static List<MessagePayload> Pack(string header, List<Embed> embeds, int? flags)
    {
        var messages = new List<MessagePayload>();
        var batch = new List<Embed>();
        var length = 0;
        foreach (var embed in embeds)
        {
            if (batch.Count == DiscordLimits.EmbedsPerMessage || (batch.Count > 0 && length + embed.Length > DiscordLimits.EmbedsTotal))
            {
                messages.Add(Message(messages.Count == 0 ? header : null, batch, flags));
                batch = [];
                length = 0;
            }

            batch.Add(embed);
            length += embed.Length;
        }

        if (batch.Count > 0 || messages.Count == 0)
        {
            messages.Add(Message(messages.Count == 0 ? header : null, batch, flags));
        }

        return messages;
    }

    private static MessagePayload Message(string? content, List<Embed> embeds, int? flags) =>
        new(AllowedMentions.None, content, embeds.Count > 0 ? embeds : null, Flags: flags);
}
