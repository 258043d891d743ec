using BriefBot.Core.Storage;

namespace BriefBot.Storage.Postgres;

/// <summary>
/// The store could not do what was asked: the server is unreachable, refused the login, lacks the database or holds
/// a schema from a newer BriefBot. The message names the server and database (never the password) and what failed,
/// so it can be shown as is at start-up or in a log line.
/// </summary>
public sealed class StorageException(string database, string message, Exception? innerException = null)
    : StoreFailureException(message, innerException)
{
    /// <summary>The database the failure concerns, as <c>host:port/database</c>.</summary>
    public string Database { get; } = database;

    /// <summary>PostgreSQL's SQLSTATE (28P01 wrong password, 3D000 no such database, …) when the server reported the failure.</summary>
    public string? SqlState { get; init; }
}
