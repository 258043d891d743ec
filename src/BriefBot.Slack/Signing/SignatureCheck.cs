namespace BriefBot.Slack.Signing;

/// <summary>What checking a request's Slack signature found; anything but <see cref="Valid"/> is refused with 401.</summary>
internal enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    Stale,
    Mismatch,
}
