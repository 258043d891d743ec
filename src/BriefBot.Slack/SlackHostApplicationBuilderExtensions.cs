using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Slack.Api;
using BriefBot.Slack.Commands;
using BriefBot.Slack.Events;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.Replies;
using BriefBot.Slack.SocketMode;
using BriefBot.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack;

public static class SlackHostApplicationBuilderExtensions
{
    /// <summary>Jobs held at most, queued and running: beyond it, events are refused with 503 (or left unacked) so Slack retries.</summary>
    internal const int Capacity = 1_000;

    /// <summary>
    /// Jobs run at once. Each waits mostly on chat.postMessage (about 100 ms), so this is the reply rate's ceiling
    /// times that latency; Slack's own limit is about one message per second per channel, which the lanes keep.
    /// </summary>
    internal const int Consumers = 32;

    /// <summary>
    /// Registers the Slack adapter when section <c>Slack</c> says <c>Enabled</c>: options validated on start, the Web
    /// API client, the job queue and worker, the chat adapter for digests, and either the <c>/slack/events</c>
    /// endpoint (Http) or the Socket Mode client. Returns false, registering nothing, when Slack is not enabled.
    /// The core services (AddBriefBotCore) are the host's to register.
    /// </summary>
    public static bool AddBriefBotSlack(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();
        if (!settings.Enabled)
        {
            return false;
        }

        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<SlackOptions, SlackOptionsValidator>().BindConfiguration(SlackOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        // The client lives in singletons, so its connections are recycled by the handler itself (PooledConnectionLifetime)
        // rather than by the factory's handler rotation, which a captured client would never see.
        services.AddHttpClient<SlackWebApi>((sp, http) =>
            {
                http.BaseAddress = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBase;
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The default HttpClient logs would write response_url addresses, which grant posting rights.
            .RemoveAllLoggers();

        services.AddSingleton<RateLimitPauses>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<RecentEvents>();
        services.TryAddSingleton<DuplicateEvents>();
        services.AddSingleton<QuestionDetector>();
        services.AddSingleton<ResponseUrlPolicy>();
        services.AddReplyPipeline<SlackJob, SlackJobRunner>(new ReplyPipelineSettings<SlackJob>(SlackChatAdapter.PlatformName, Capacity, Consumers));
        services.AddSingleton<EventCallbackHandler>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<InteractionHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatAdapter, SlackChatAdapter>());

        services.AddExpectedConnection(SlackConnections.WebApi);

        // Start order matters: the bot's identity is known before the first event can arrive. Stop order does not:
        // the ways in (web server, socket) stop in StoppingAsync, before the pipeline drains in StopAsync.
        services.AddHostedService<BotIdentityStartup>();
        if (settings.Mode == SlackMode.SocketMode)
        {
            services.AddSingleton<SocketEnvelopeHandler>();
            services.AddSingleton<SocketModeStatus>();
            services.AddSingleton<SocketModeClient>();
            services.AddExpectedConnection(SlackConnections.SocketMode);
            services.AddHostedService<SocketModeHostedService>();
        }
        else
        {
            services.AddHttpEndpoints<SlackEventsEndpoint>();
        }

        return true;
    }
}
