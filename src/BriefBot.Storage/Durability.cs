namespace BriefBot.Storage;

/// <summary>How hard a write transaction is pushed to disk before it counts as done, for a dialect that can choose.</summary>
public enum Durability
{
    /// <summary>
    /// Good enough for the many small writes of questions, feedback and event claims: losing the last of them to a
    /// power cut costs at worst one redelivered event answered twice.
    /// </summary>
    Normal,

    /// <summary>
    /// For the rare writes that must never be forgotten: digest claims and posts (a forgotten post is posted twice),
    /// posted facts, secrets (a lost key changes every asker hash) and learned entries.
    /// </summary>
    Full,
}
