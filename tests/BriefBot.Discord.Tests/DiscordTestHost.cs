using System.Text.Json;
using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Discord.Tests.Fakes;
using BriefBot.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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

    private DiscordTestHost(IHost host, FakeDiscord discord, FakeTimeProvider time, FakeAnswerer answerer, RecordingLogs logs)
    {
        Host = host;
        Discord = discord;
        Time = time;
        Answerer = answerer;
        Logs = logs;
    }

    public IHost Host { get; }

    public FakeDiscord Discord { get; }

    public FakeTimeProvider Time { get; }

    public FakeAnswerer Answerer { get; }

    public RecordingLogs Logs { get; }

    public FakeRest Rest => Discord.Rest;

    public bool Stopping => Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;

    public Uri WebAddress => Host.Services.GetRequiredService<WebServer>().Addresses[0];

    public static async Task<DiscordTestHost> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null,
        bool realCore = false,
        Action<FakeRest>? script = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var discord = await FakeDiscord.StartAsync(time);
        script?.Invoke(discord.Rest);
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Enabled"] = "true",
            ["Discord:BotToken"] = Token,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:ApiBaseUrl"] = discord.ApiBase,
            ["Urls"] = "http://127.0.0.1:0",
            ["Knowledge:Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge"),
        };
        configure?.Invoke(settings);

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "BriefBot.Discord.Tests",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new RecordingLogs();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(time);
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
            host.Dispose();
            await discord.DisposeAsync();
            throw;
        }

        return new DiscordTestHost(host, discord, time, answerer, logs);
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

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await Host.StopAsync(stop.Token);
        }

        Host.Dispose();
        await Discord.DisposeAsync();
        // Secrets never reach the logs, whatever the test did: neither the bot token nor an interaction token
        // (tests name theirs "interaction-token-…"), which stands in callback and webhook URLs.
        Assert.DoesNotContain(Logs.Entries, e => e.Message.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(Logs.Entries, e => e.Message.Contains("interaction-token", StringComparison.Ordinal));
    }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
