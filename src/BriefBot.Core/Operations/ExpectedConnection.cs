namespace BriefBot.Core.Operations;

/// <summary>
/// A connection the bot is not ready without, registered with the adapter that opens it, so that readiness waits
/// for it from the first moment instead of only after its first report.
/// </summary>
public sealed record ExpectedConnection(string Name);
