using BriefBot.Core.Operations;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// Keeps the bot on the Gateway: connects, resumes or identifies anew as each connection's end requires, backs off
/// after failures, and returns only when the host stops or a fatal close code says no reconnect can help.
/// </summary>
internal sealed partial class GatewayClient(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    GatewayDispatcher dispatcher,
    GatewayStatus status,
    TimeProvider time,
    ILogger<GatewayClient> logger)
{
    private readonly GatewaySession session = new();

    public async Task<GatewayEnd> RunAsync(CancellationToken stoppingToken)
    {
        var end = await RunSessionsAsync(stoppingToken).ConfigureAwait(false);
        status.Ended(end);
        return end;
    }

    private async Task<GatewayEnd> RunSessionsAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        var delay = TimeSpan.Zero;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (delay > TimeSpan.Zero)
                {
                    Log.Reconnecting(logger, delay.TotalSeconds);
                    await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                }

                var resumable = session.Resumable;
                var url = resumable?.Url;
                if (url is null)
                {
                    var (found, fatal) = await IdentifyUrlAsync(stoppingToken).ConfigureAwait(false);
                    if (fatal is not null)
                    {
                        return fatal;
                    }

                    if (found is null)
                    {
                        // The REST client already counted the failed call; this only tells readiness why.
                        status.Ended(new GatewayEnd(GatewayNext.Resume, "could not get the Gateway URL from Discord", TimeSpan.Zero));
                        delay = Backoff.Reconnect.After(++failures);
                        continue;
                    }

                    url = found;
                }

                var end = await ConnectAsync(url, resumable is not null, stoppingToken).ConfigureAwait(false);
                // A connection Discord answered with op 9 reached a working Gateway, which then set its own wait (1-5 s
                // before a new Identify): the backoff built up while it was unreachable no longer applies.
                failures = end.Healthy || end.End.IsInvalidSession ? 0 : failures + 1;
                switch (end.End.Next)
                {
                    case GatewayNext.Stop:
                    case GatewayNext.Fatal:
                        return end.End;
                    case GatewayNext.Identify:
                        session.Forget();
                        break;
                }

                status.Ended(end.End);
                Log.Disconnected(logger, end.End.Reason);
                var backoff = Backoff.Reconnect.After(failures);
                delay = end.End.Delay > backoff ? end.End.Delay : backoff;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        return GatewayEnd.Stopped;
    }

    private async Task<(GatewayEnd End, bool Healthy)> ConnectAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var identify = new IdentifyData(
            settings.BotToken!,
            GatewayIntents.BriefBot,
            new IdentifyProperties(OperatingSystemName, "BriefBot", "BriefBot"),
            settings.ShardCount > 1 ? [settings.ShardId, settings.ShardCount] : null);
        var connection = new GatewayConnection(session, dispatcher, status, identify, time, logger);
        await using (connection.ConfigureAwait(false))
        {
            var end = await connection.RunAsync(WithVersion(url), resume, stoppingToken).ConfigureAwait(false);
            return (end, connection.ReachedReady);
        }
    }

    /// <summary>Where to identify: the configured URL, else <c>GET /gateway/bot</c>, which also says whether identifies are left today.</summary>
    private async Task<(Uri? Url, GatewayEnd? Fatal)> IdentifyUrlAsync(CancellationToken cancellationToken)
    {
        if (options.Value.GatewayUrl is { Length: > 0 } configured)
        {
            return (new Uri(configured), null);
        }

        RestResponse response;
        GatewayBotInfo? info;
        try
        {
            (response, info) = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (DiscordRestClient.IsUnanswered(e, cancellationToken))
        {
            // Discord unreachable: back off and try again, like any failed connection.
            Log.GatewayUrlFailed(logger, 0);
            return (null, null);
        }

        if (response.Status == 401)
        {
            return (null, GatewayEnd.Fatal("Discord rejected the bot token (401 on GET /gateway/bot): check Discord:BotToken."));
        }

        if (info is null || !Uri.TryCreate(info.Url, UriKind.Absolute, out var url))
        {
            Log.GatewayUrlFailed(logger, response.Status);
            return (null, null);
        }

        if (info.SessionStartLimit is { Remaining: <= 0 } limit)
        {
            // Identifying past the daily session limit would get the token reset; wait for the limit to refill.
            var wait = TimeSpan.FromMilliseconds(limit.ResetAfter);
            Log.SessionLimit(logger, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        return (url, null);
    }

    private static string OperatingSystemName =>
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";

    private static Uri WithVersion(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
