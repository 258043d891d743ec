namespace BriefBot.Storage.Sqlite;

/// <summary>How hard a write transaction is pushed to disk before it counts as done.</summary>
internal enum Durability
{
    /// <summary>
    /// <c>synchronous=NORMAL</c>: in WAL mode a commit survives a crash of the process but may be lost if the machine
    /// loses power before the next checkpoint. Good enough for the many small writes of questions and feedback.
    /// </summary>
    Normal,

    /// <summary>
    /// <c>synchronous=FULL</c>: the WAL is synced at every commit, so the write survives a power loss too. Used for
    /// the rare writes that must never be forgotten: digest claims and posts (a forgotten post is posted twice),
    /// posted facts and secrets (a lost key changes every asker hash).
    /// </summary>
    Full,
}
