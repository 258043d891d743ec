using BriefBot.Core.Operations;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// The Gateway's state on the <see cref="ConnectionBoard"/>, which readiness reads, and its failures as metrics. One
/// connection name per process whatever the shard, so readiness waits for the one session this process holds;
/// the shard goes into the detail. Details come from close codes and reasons, never from the token.
/// </summary>
internal sealed class GatewayStatus(ConnectionBoard board, BriefBotMetrics metrics, IOptions<DiscordOptions> options)
{
    public const string ConnectionName = "discord.gateway";

    private int everReady;

    public void Ready(string detail)
    {
        Volatile.Write(ref everReady, 1);
        Report(ConnectionState.Connected, detail);
    }

    /// <summary>A connection ended, or no connection could be made (<paramref name="end"/> says why and what comes next).</summary>
    public void Ended(GatewayEnd end)
    {
        ArgumentNullException.ThrowIfNull(end);
        if (end.ErrorKind is { } kind)
        {
            metrics.PlatformError(DiscordChatAdapter.PlatformName, kind);
        }

        var state = end.Next switch
        {
            GatewayNext.Stop => ConnectionState.Stopped,
            GatewayNext.Fatal => ConnectionState.Failed,
            // Never up yet: still starting, with the reason it has not got there.
            _ when Volatile.Read(ref everReady) == 0 => ConnectionState.Starting,
            _ => ConnectionState.Reconnecting,
        };
        Report(state, end.Reason);
    }

    private void Report(ConnectionState state, string detail)
    {
        var settings = options.Value;
        board.Report(ConnectionName, state, settings.ShardCount > 1 ? $"shard {settings.ShardId} of {settings.ShardCount}: {detail}" : detail);
    }
}
