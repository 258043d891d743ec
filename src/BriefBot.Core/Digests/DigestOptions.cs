namespace BriefBot.Core.Digests;

/// <summary>One scheduled digest, from the <c>Digests</c> list in configuration.</summary>
public sealed class DigestOptions
{
    public string Name { get; set; } = "";

    /// <summary>"slack", "discord" or "console".</summary>
    public string Platform { get; set; } = "";

    /// <summary>The channel id to post to (ignored by the console).</summary>
    public string Channel { get; set; } = "";

    /// <summary>Five-field cron expression, e.g. <c>0 9 * * MON-FRI</c>.</summary>
    public string Schedule { get; set; } = "";

    /// <summary>IANA time zone the schedule is read in, e.g. <c>Europe/Berlin</c>.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>At most this many key facts per briefing and unanswered questions.</summary>
    public int MaxItems { get; set; } = 10;

    /// <summary>Add the most-asked unanswered questions since the previous digest.</summary>
    public bool IncludeUnanswered { get; set; }

    /// <summary>A run missed while the bot was down is posted on start only if it is less late than this.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(1);
}
