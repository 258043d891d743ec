namespace BriefBot.Discord.Payloads;

/// <summary>A row of message components (component type 1).</summary>
public sealed record ActionRow(IReadOnlyList<Button> Components)
{
    public int Type => 1;
}
