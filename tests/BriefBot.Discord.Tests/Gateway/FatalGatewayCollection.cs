namespace BriefBot.Discord.Tests.Gateway;

/// <summary>
/// Test classes whose Gateway can end fatally. A fatal end sets the process-wide exit code, and the test host resets
/// it on dispose; run in parallel, one class's reset could land between another's fatal end and its assertion.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FatalGatewayCollection
{
    public const string Name = "Gateway ends that set the exit code";
}
