using System.ComponentModel.DataAnnotations;

namespace BriefBot.Core.Knowledge.Learned;

/// <summary>Settings of section <c>Knowledge:Learned</c>.</summary>
public sealed class LearnedOptions
{
    public const string Section = "Knowledge:Learned";

    /// <summary>
    /// How often the store's learned version is checked, so a change written through another replica is answered
    /// here within this long. One indexed single-row read per check.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
