namespace BriefBot.Slack.Events;

/// <summary>
/// An Events API body: <c>url_verification</c> (with <see cref="Challenge"/>) or an <c>event_callback</c> envelope.
/// Over Socket Mode the same envelope is an events_api payload.
/// </summary>
internal sealed record EventCallback(string? Type, string? Challenge, string? EventId, string? TeamId, SlackEvent? Event)
{
    public const string UrlVerification = "url_verification";
    public const string Callback = "event_callback";
}
