namespace BriefBot.Core.Storage;

/// <summary>Which database holds BriefBot's state (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file: a single instance, or several processes on one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by every replica.</summary>
    Postgres,
}
