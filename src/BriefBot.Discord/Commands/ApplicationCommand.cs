namespace BriefBot.Discord.Commands;

/// <summary>A slash command (type 1, CHAT_INPUT) as registered with Discord.</summary>
internal sealed record ApplicationCommand(string Name, string Description, IReadOnlyList<ApplicationCommandOption> Options)
{
    public int Type => 1;
}

/// <summary>An option; type 3 is STRING. <see cref="Autocomplete"/> makes Discord ask the bot for choices while the user types.</summary>
internal sealed record ApplicationCommandOption(int Type, string Name, string Description, bool Required, bool Autocomplete, int? MaxLength = null)
{
    public const int StringType = 3;
}
