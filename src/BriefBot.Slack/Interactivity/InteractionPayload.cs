namespace BriefBot.Slack.Interactivity;

/// <summary>An interactivity payload (the <c>payload</c> form field over HTTP); the adapter acts on <c>block_actions</c> only.</summary>
internal sealed record InteractionPayload(string? Type, SlackRef? User, SlackRef? Channel, string? ResponseUrl, IReadOnlyList<InteractionAction>? Actions)
{
    public const string BlockActions = "block_actions";
}

internal sealed record SlackRef(string? Id);

internal sealed record InteractionAction(string? ActionId, string? Value);
