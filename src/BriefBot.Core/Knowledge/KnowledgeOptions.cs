using System.ComponentModel.DataAnnotations;

namespace BriefBot.Core.Knowledge;

/// <summary>Settings of section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The folder of briefings and curated files. A relative path is relative to the content root (the repository root when run from source).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "knowledge";
}
