using System.ComponentModel.DataAnnotations;

namespace BriefBot.Core.Knowledge;

/// <summary>Settings of section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The folder of briefings and curated files. A relative path is relative to the content root (the repository root when run from source).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "knowledge";

    /// <summary>Reload when files under <see cref="Path"/> change. On by default.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must be quiet after a change before reloading: an editor's save-in-several-writes is one reload.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the folder is also checked without a file-system event (network drives, containers, missed events).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
