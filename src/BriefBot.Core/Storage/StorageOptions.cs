using System.ComponentModel.DataAnnotations;

namespace BriefBot.Core.Storage;

/// <summary>Settings of section <c>Storage</c>.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>The message when the PostgreSQL store has no connection string; it names the setting to fix.</summary>
    public const string ConnectionStringRequired =
        "Storage:ConnectionString is required when Storage:Provider is Postgres, e.g. Host=db;Database=briefbot;Username=briefbot;Password=… (set it as Storage__ConnectionString).";

    /// <summary>The database that holds BriefBot's state: <c>Sqlite</c> (the default) or <c>Postgres</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite database file. A relative path is relative to the content root. Created on first start.</summary>
    public string Path { get; set; } = "data/briefbot.db";

    /// <summary>How long a write waits for a lock held by another process before it fails with a clear error.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Npgsql connection string of the PostgreSQL database, for <see cref="StorageProvider.Postgres"/>. Holds a password: keep it out of committed files.</summary>
    public string? ConnectionString { get; set; }

    // Each provider needs only its own setting, so the requirement depends on Provider and cannot be an attribute.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(Path))
        {
            yield return new ValidationResult("Storage:Path is required when Storage:Provider is Sqlite: the SQLite database file.", [nameof(Path)]);
        }

        if (Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(ConnectionStringRequired, [nameof(ConnectionString)]);
        }
    }
}
