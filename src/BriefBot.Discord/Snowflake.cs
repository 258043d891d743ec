namespace BriefBot.Discord;

/// <summary>Discord's ids: 64-bit integers sent as decimal strings.</summary>
internal static class Snowflake
{
    public const string Pattern = "^[0-9]{17,20}$";

    public static bool IsValid(string? value) =>
        value is { Length: >= 17 and <= 20 } && value.All(char.IsAsciiDigit) && ulong.TryParse(value, out _);
}
