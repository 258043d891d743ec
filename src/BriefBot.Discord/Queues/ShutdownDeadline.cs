namespace BriefBot.Discord.Queues;

/// <summary>
/// Cancelled only when the host's shutdown timeout has run out. Replies and answers run under this token rather than
/// the host's stopping token, so a SIGTERM lets queued and in-flight replies finish, and only the deadline
/// abandons what is left.
/// </summary>
internal sealed class ShutdownDeadline : IDisposable
{
    private readonly CancellationTokenSource expired = new();

    public CancellationToken Token => expired.Token;

    public void Expire() => expired.Cancel();

    public void Dispose() => expired.Dispose();
}
