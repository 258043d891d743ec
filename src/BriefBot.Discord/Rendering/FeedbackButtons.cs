using BriefBot.Discord.Payloads;

namespace BriefBot.Discord.Rendering;

/// <summary>
/// The "Helpful" / "Not helpful" buttons under an answer. The custom id carries the answer's entry id, so a click
/// (which may arrive days later, after a restart) needs no state to be recorded.
/// </summary>
internal static class FeedbackButtons
{
    private const string Prefix = "briefbot-feedback:";

    public static IReadOnlyList<ActionRow>? For(string? entryId)
    {
        if (string.IsNullOrEmpty(entryId) || CustomId(true, entryId).Length > DiscordLimits.CustomId)
        {
            return null;
        }

        return [new ActionRow([new Button(3, "Helpful", CustomId(true, entryId)), new Button(2, "Not helpful", CustomId(false, entryId))])];
    }

    /// <summary>Reads a button's custom id; false when it is not one of ours.</summary>
    public static bool TryRead(string? customId, out string entryId, out bool helpful)
    {
        entryId = "";
        helpful = false;
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = customId.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon < 0 || rest[(colon + 1)..].IsEmpty || rest[..colon] is not ("yes" or "no"))
        {
            return false;
        }

        helpful = rest[..colon] is "yes";
        entryId = rest[(colon + 1)..].ToString();
        return true;
    }

    private static string CustomId(bool helpful, string entryId) => Prefix + (helpful ? "yes:" : "no:") + entryId;
}
