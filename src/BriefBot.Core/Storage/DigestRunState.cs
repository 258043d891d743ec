namespace BriefBot.Core.Storage;

public enum DigestRunState
{
    /// <summary>A process is posting it now.</summary>
    Claimed,

    Posted,

    /// <summary>Deliberately not posted (missed by more than the catch-up window).</summary>
    Skipped,

    /// <summary>Posting failed; a later attempt may claim it again.</summary>
    Failed,
}
