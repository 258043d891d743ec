using System.Text.Json;
using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Operations;
using BriefBot.Discord.Tests.Fakes;
using BriefBot.Testing;
using BriefBot.Web;
using Microsoft.Extensions.Configuration;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Discord.Replies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Discord.Tests;

/// <summary>
/// The real adapter in a real host container, pointed at a <see cref="FakeDiscord"/>, with a fake clock. By default
/// the answerer is a <see cref="FakeAnswerer"/>; <c>realCore</c> uses BriefBot's core and the repository's knowledge.
/// </summary>
public sealed class DiscordTestHost : IAsyncDisposable
{
    public const string Token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.test-bot-token.secret";
    public const string ApplicationId = "100000000000000001";
    public const string BotId = "100000000000000002";
    public const string GuildId = "300000000000000001";
    public const string ChannelId = "400000000000000001";
    public const string UserId = "500000000000000001";

    private readonly bool ownsDiscord;
    private readonly FakeLogCollector logs;
    private bool stopped;

    private DiscordTestHost(IHost host, FakeDiscord discord, bool ownsDiscord, FakeTimeProvider time, FakeAnswerer answerer)
    {
        Host = host;
        Discord = discord;
        this.ownsDiscord = ownsDiscord;
        Time = time;
        Answerer = answerer;
        logs = host.Services.GetFakeLogCollector();
        Metrics = new HostMeters(host.Services);
    }

    public IHost Host { get; }

    public FakeDiscord Discord { get; }

    public FakeTimeProvider Time { get; }

    public FakeAnswerer Answerer { get; }

    /// <summary>Every log record of the host so far, stamped with the fake clock's time.</summary>
    public IReadOnlyList<FakeLogRecord> Logs => logs.GetSnapshot();

    /// <summary>What the host's BriefBot meter recorded since before it started.</summary>
    public HostMeters Metrics { get; }

    /// <summary>Jobs the reply pipeline has taken and not finished.</summary>
    public int PendingJobs => Host.Services.GetRequiredService<ReplyPipeline<DiscordJob>>().Count;

    public bool Logged(LogLevel level, string contains) =>
        Logs.Any(e => e.Level == level && e.Message.Contains(contains, StringComparison.Ordinal));

    /// <summary>The Gateway's line on the board readiness is served from.</summary>
    public ConnectionStatus Gateway =>
        Host.Services.GetRequiredService<ConnectionBoard>().Snapshot().Single(c => c.Name == "discord.gateway");

    public FakeRest Rest => Discord.Rest;

    public bool Stopping => Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;

    public Uri WebAddress => Host.Services.GetRequiredService<WebServer>().Addresses[0];

    public static async Task<DiscordTestHost> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null,
        bool realCore = false,
        Action<FakeRest>? script = null,
        FakeDiscord? sharedDiscord = null,
        FakeTimeProvider? sharedTime = null)
    {
        var time = sharedTime ?? new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var discord = sharedDiscord ?? await FakeDiscord.StartAsync(time);
        script?.Invoke(discord.Rest);
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Enabled"] = "true",
            ["Discord:BotToken"] = Token,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:ApiBaseUrl"] = discord.ApiBase,
            ["Urls"] = "http://127.0.0.1:0",
            ["Knowledge:Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge"),
            ["Matching:Semantic"] = "false", // These tests assert the adapter, with lexical replies that need no model.
        };
        configure?.Invoke(settings);

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "BriefBot.Discord.Tests",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddFakeLogging(o => o.TimeProvider = time);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddMetrics();
        var answerer = new FakeAnswerer();
        if (realCore)
        {
            builder.Services.AddBriefBotCore();
        }
        else
        {
            builder.Services.AddSingleton<IAnswerer>(answerer);
        }

        services?.Invoke(builder.Services);
        builder.AddBriefBotDiscord();
        var host = builder.Build();
        var started = new DiscordTestHost(host, discord, sharedDiscord is null, time, answerer);
        try
        {
            if (realCore)
            {
                await host.Services.GetRequiredService<KnowledgeSource>().LoadAsync(CancellationToken.None);
            }

            await host.StartAsync();
        }
        catch
        {
            started.Metrics.Dispose();
            host.Dispose();
            if (sharedDiscord is null)
            {
                await discord.DisposeAsync();
            }

            throw;
        }

        return started;
    }

    /// <summary>Takes the bot's first Gateway connection through Hello, Identify and READY (sequence 1).</summary>
    public async Task<FakeGatewayConnection> ConnectAsync()
    {
        var connection = await Discord.Gateway.NextConnectionAsync();
        await connection.SendHelloAsync();
        await connection.ExpectAsync(2);
        await connection.SendReadyAsync(1, Discord.ResumeUrl);
        return connection;
    }

    /// <summary>The replies Discord received to the message <paramref name="messageId"/>.</summary>
    public IReadOnlyList<RecordedRequest> RepliesTo(string messageId) =>
        [.. Rest.Where("POST", "channels/").Where(r => r.Json.TryGetProperty("message_reference", out var reference) && reference.GetProperty("message_id").GetString() == messageId)];

    /// <summary>
    /// Asks a question in the test channel over <paramref name="connection"/> and waits for its reply. One channel's
    /// replies run in order, so once it is answered every message dispatched before it there is done with: what did
    /// not happen by then will not.
    /// </summary>
    public async Task SentinelAsync(FakeGatewayConnection connection, int sequence)
    {
        var id = "6999999999999" + sequence.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        await connection.DispatchAsync("MESSAGE_CREATE", sequence, DiscordEvents.Mention(id, "sentinel?"));
        await Wait.UntilAsync(() => RepliesTo(id).Count > 0, "the sentinel's reply");
    }

    /// <summary>Stops the host as SIGTERM does, with <paramref name="timeout"/> (real time) as the host's shutdown timeout.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        stopped = true;
        using var stop = new CancellationTokenSource(timeout);
        await Host.StopAsync(stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopped)
        {
            await StopAsync(TimeSpan.FromSeconds(10));
        }

        if (Gateway.State == ConnectionState.Failed)
        {
            // A fatal Gateway end sets the exit code for the process the host runs in: here, the test runner.
            Environment.ExitCode = 0;
        }

        Host.Dispose();
        Metrics.Dispose();
        if (ownsDiscord)
        {
            await Discord.DisposeAsync();
        }

        // Secrets never reach the logs, whatever the test did: neither the bot token nor an interaction token
        // (tests name theirs "interaction-token-…"), which stands in callback and webhook URLs.
        Assert.DoesNotContain(Logs, e => e.Message.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(Logs, e => e.Message.Contains("interaction-token", StringComparison.Ordinal));
    }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
