using Microsoft.Extensions.Primitives;

namespace BriefBot.Slack.Commands;

/// <summary>A slash-command invocation: form fields over HTTP, a JSON payload over Socket Mode, with the same names.</summary>
internal sealed record SlashCommand(string? Command, string? Text, string? UserId, string? ChannelId, string? TeamId, string? ResponseUrl)
{
    public static SlashCommand FromForm(IReadOnlyDictionary<string, StringValues> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(Field("command"), Field("text"), Field("user_id"), Field("channel_id"), Field("team_id"), Field("response_url"));

        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
    }
}
