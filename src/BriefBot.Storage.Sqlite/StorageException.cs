using BriefBot.Core.Storage;

namespace BriefBot.Storage.Sqlite;

/// <summary>
/// The store could not do what was asked: the database is locked, read-only, unreadable or from a newer BriefBot.
/// The message names the file and what failed, so it can be shown as is at start-up or in a log line.
/// </summary>
public sealed class StorageException(string databasePath, string message, Exception? innerException = null)
    : StoreFailureException(message, innerException)
{
    /// <summary>The database file the failure concerns.</summary>
    public string DatabasePath { get; } = databasePath;

    /// <summary>The primary SQLite result code (5 busy, 8 read-only, 14 cannot open, …) when SQLite reported the failure.</summary>
    public int? SqliteErrorCode { get; init; }
}
