using BriefBot.Core;
using BriefBot.Core.Chat;
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

        services.AddSingleton<BotIdentity>();
        services.AddSingleton<RecentDeliveries>();
        services.AddSingleton<SharedDeliveries>();
        services.AddSingleton<QuestionFilter>();
        services.AddSingleton<ResponseUrlPolicy>();
        services.AddSingleton<SlackJobQueue>();
        services.AddSingleton<SlackJobRunner>();
        services.AddSingleton<EventCallbackHandler>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<InteractionHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatAdapter, SlackChatAdapter>());

        services.AddExpectedConnection(SlackConnections.WebApi);

        // Start order matters: the bot's identity is known before the first event can arrive. So does stop order,
        // the reverse: the ways in (web server, socket) stop before the worker, which then finishes what they took.
        services.AddHostedService<BotIdentityStartup>();
        services.AddHostedService<SlackJobWorker>();
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
