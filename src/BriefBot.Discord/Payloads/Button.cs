namespace BriefBot.Discord.Payloads;

/// <summary>A button (component type 2). Style 1 is primary, 2 secondary, 3 success, 4 danger.</summary>
public sealed record Button(int Style, string Label, string CustomId)
{
    public int Type => 2;
}
