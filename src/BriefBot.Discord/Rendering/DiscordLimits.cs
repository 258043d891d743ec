namespace BriefBot.Discord.Rendering;

/// <summary>Discord's message and embed limits (API v10). A message over any of them is rejected whole.</summary>
internal static class DiscordLimits
{
    public const int Content = 2_000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4_096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1_024;
    public const int Footer = 2_048;

    /// <summary>Title, description, field names and values and footers of all embeds of one message together.</summary>
    public const int EmbedsTotal = 6_000;

    public const int ChoiceText = 100;
    public const int Choices = 25;
    public const int CustomId = 100;
}
