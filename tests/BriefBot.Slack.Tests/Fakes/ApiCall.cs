using System.Text.Json.Nodes;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>One request the fake Slack received: the Web API method (or "response_url"), its Authorization header and body.</summary>
public sealed record ApiCall(string Method, string? Authorization, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is not JSON.");
}
