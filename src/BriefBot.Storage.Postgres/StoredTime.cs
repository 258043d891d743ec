namespace BriefBot.Storage.Postgres;

/// <summary>
/// Times are <c>timestamptz</c>, which holds an instant to the microsecond. Npgsql writes only UTC
/// <see cref="DateTimeOffset"/> values to it and truncates the last tenth of a microsecond; every instant read back is UTC.
/// </summary>
internal static class StoredTime
{
    public static DateTimeOffset ToStored(DateTimeOffset value) => value.ToUniversalTime();

    /// <summary>
    /// A range bound rounded up to the next whole microsecond. Stored times are whole microseconds, so
    /// <c>at &gt;= bound</c> and <c>at &lt; bound</c> select exactly the rows the unrounded bound would: without it, a
    /// bound a tick after a stored time would be truncated onto it and take that row in (or leave it out).
    /// </summary>
    public static DateTimeOffset ToBound(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        var rest = utc.Ticks % TimeSpan.TicksPerMicrosecond;
        return rest == 0 || utc.Ticks > DateTimeOffset.MaxValue.Ticks - TimeSpan.TicksPerMicrosecond
            ? utc
            : utc.AddTicks(TimeSpan.TicksPerMicrosecond - rest);
    }
}
