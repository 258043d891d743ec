using System.Text.Json.Serialization;

namespace BriefBot.Discord.Payloads;

public sealed record Embed(
    string? Title = null,
    string? Description = null,
    int? Color = null,
    IReadOnlyList<EmbedField>? Fields = null,
    EmbedFooter? Footer = null)
{
    /// <summary>The characters Discord counts toward its 6,000-per-message limit: title, description, field names and values, footer.</summary>
    [JsonIgnore]
    public int Length =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0) + (Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
