using Cronos;

namespace BriefBot.Core.Digests;

/// <summary>
/// A digest's cron schedule in its time zone. Cronos handles daylight-saving changes: a time that does not exist
/// on the spring-forward day runs at the first moment after the gap, and a time that happens twice in autumn runs
/// once, so a daily digest is neither skipped nor doubled.
/// </summary>
public sealed class DigestSchedule
{
    private readonly CronExpression cron;

    private DigestSchedule(DigestOptions options, CronExpression cron, TimeZoneInfo zone)
    {
        Options = options;
        this.cron = cron;
        Zone = zone;
    }

    public DigestOptions Options { get; }

    public string Name => Options.Name;

    public TimeZoneInfo Zone { get; }

    /// <summary>Parses a digest's schedule and time zone; the error names the digest and what is wrong.</summary>
    public static DigestSchedule Parse(DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CronExpression cron;
        try
        {
            cron = CronExpression.Parse(options.Schedule, CronFormat.Standard);
        }
        catch (CronFormatException e)
        {
            throw new DigestConfigurationException($"Digest '{options.Name}': Schedule '{options.Schedule}' is not a five-field cron expression ({e.Message}).", e);
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(options.TimeZone) ? "UTC" : options.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new DigestConfigurationException($"Digest '{options.Name}': TimeZone '{options.TimeZone}' is not a known IANA time zone (e.g. Europe/Berlin).", e);
        }

        return new DigestSchedule(options, cron, zone);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) =>
        cron.GetNextOccurrence(after.UtcDateTime, Zone, inclusive: false) is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : null;

    /// <summary>Occurrences in (<paramref name="after"/>, <paramref name="until"/>], oldest first.</summary>
    public IEnumerable<DateTimeOffset> Between(DateTimeOffset after, DateTimeOffset until) =>
        cron.GetOccurrences(after.UtcDateTime, until.UtcDateTime, Zone, fromInclusive: false, toInclusive: true)
            .Select(o => new DateTimeOffset(o, TimeSpan.Zero));
}
