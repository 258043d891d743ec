using System.ComponentModel.DataAnnotations;

namespace BriefBot.Core.Storage;

/// <summary>Settings of section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The SQLite database file. A relative path is relative to the content root. Created on first start.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/briefbot.db";

    /// <summary>How long a write waits for a lock held by another process before it fails with a clear error.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
