using System.Globalization;

namespace BriefBot.Storage.Sqlite;

/// <summary>
/// Times are stored as fixed-width ISO-8601 UTC text with all seven fractional digits. Normalising to UTC makes the
/// same instant one string whatever offset it came with (so a digest's due time matches across restarts and time
/// zones); the fixed width makes text order time order (range queries and indexes work on the text); the seven
/// digits keep every tick, so a value reads back equal to what was written; and the text stays readable in the
/// sqlite3 shell and its date functions.
/// </summary>
internal static class StoredTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromText(string text) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Utc));
}
