using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Core.Operations;
using BriefBot.Discord.Commands;
using BriefBot.Discord.Gateway;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Messages;
using BriefBot.Discord.Replies;
using BriefBot.Discord.Rest;
using BriefBot.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>Jobs held at most, queued and running; beyond it the Gateway's receive loop waits for room.</summary>
    internal const int Capacity = 1_000;

    /// <summary>Jobs run at once, each in its own channel's lane; Discord's global limit is 50 requests a second.</summary>
    internal const int Consumers = 16;

    /// <summary>
    /// Adds the Discord adapter when <c>Discord:Enabled</c> is true (and returns whether it did): settings validated on
    /// start, the REST client with its rate limiter, the Gateway, command registration, the workers, the digest
    /// adapter, and the Interactions endpoint when <c>Discord:PublicKey</c> is set. Core services come from the host.
    /// </summary>
    public static bool AddBriefBotDiscord(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(DiscordOptions.Section);
        if (!section.GetValue<bool>(nameof(DiscordOptions.Enabled)))
        {
            return false;
        }

        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<DiscordOptions, DiscordOptionsValidator>().BindConfiguration(DiscordOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        // The host replaces these with its own (the store's claims, shared by every replica); alone, the adapter still works.
        services.TryAddSingleton<IEventClaims, MemoryEventClaims>();
        services.TryAddSingleton<BriefBotMetrics>();
        services.TryAddSingleton<ConnectionBoard>();
        services.AddExpectedConnection(GatewayStatus.ConnectionName);

        services.AddSingleton<RestRateLimiter>();
        services.AddTransient<RateLimitHandler>();
        services.AddHttpClient<DiscordRestClient>(ConfigureRest)
            .AddHttpMessageHandler<RateLimitHandler>()
            // The default loggers write request URLs, and interaction and webhook URLs hold interaction tokens.
            // RateLimitHandler and DiscordRestClient log the route with ids and tokens masked instead.
            .RemoveAllLoggers()
            // The client lives in singletons: rotate pooled connections instead of handlers, so DNS changes are seen.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.AddSingleton<BotUser>();
        services.AddSingleton<QuestionDetector>();
        services.TryAddSingleton<DuplicateEvents>();
        services.AddReplyPipeline<DiscordJob, DiscordJobRunner>(new ReplyPipelineSettings<DiscordJob>(DiscordChatAdapter.PlatformName, Capacity, Consumers));
        services.AddSingleton<GatewayDispatcher>();
        services.AddSingleton<GatewayStatus>();
        services.AddSingleton<GatewayClient>();
        services.AddSingleton<BriefCommandHandler>();
        services.AddSingleton<AutocompleteHandler>();
        services.AddSingleton<FeedbackHandler>();
        services.AddSingleton<InteractionResponder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatAdapter, DiscordChatAdapter>());

        services.AddHostedService<CommandRegistration>();
        services.AddHostedService<GatewayHostedService>();
        if (!string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.PublicKey)]))
        {
            services.AddHttpEndpoints<InteractionsEndpoint>();
        }

        return true;
    }

    private static void ConfigureRest(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        var baseUrl = options.ApiBaseUrl.EndsWith('/') ? options.ApiBaseUrl : options.ApiBaseUrl + "/";
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var api))
        {
            http.BaseAddress = api;
        }

        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + options.BotToken);
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", DiscordUserAgent.Value);
    }
}
