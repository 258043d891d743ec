using System.CommandLine;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;
using BriefBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BriefBot.Cli;

/// <summary>
/// <c>health</c>: the readiness report. With <c>--url</c>, asks a running bot (its <c>/readyz</c>, or <c>/healthz</c>
/// with <c>--live</c>): what a container's HEALTHCHECK runs, since the runtime image has no curl. Without, checks
/// in this process what the console bot needs: valid settings, the knowledge loaded, the store opened.
/// Exit code 0 when healthy or degraded, 1 when not.
/// </summary>
internal static class HealthCommand
{
    private static readonly TimeSpan RemoteTimeout = TimeSpan.FromSeconds(5);

    private static readonly Option<string> Url = new("--url") { Description = "Ask the running bot at URL (its /readyz) instead of checking here.", HelpName = "URL" };

    private static readonly Option<bool> Live = new("--live") { Description = "With --url: its /healthz (liveness) instead." };

    public static Command Create(CommandInput input)
    {
        var command = new Command("health", "Print the readiness report and exit 0 when ready. Without --url, check here the settings, the knowledge and the store.")
        {
            Url,
            Live,
        };
        command.SetAction((parse, cancellationToken) => parse.GetValue(Url) is { } url
            ? AskRunningBotAsync(url, parse.GetValue(Live), input.Console, cancellationToken)
            : CheckHereAsync(input.Configuration(parse), input.Console, cancellationToken));
        return command;
    }

    private static async Task<int> AskRunningBotAsync(string url, bool live, CliConsole console, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--url must be the bot's http:// or https:// address, e.g. http://127.0.0.1:8080 (got '{url}').");
        }

        var probe = new Uri(baseUri, live ? HealthEndpoints.LivePath : HealthEndpoints.ReadyPath);
        using var http = new HttpClient { Timeout = RemoteTimeout };
        try
        {
            using var response = await http.GetAsync(probe, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"error: no answer from {probe}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> CheckHereAsync(IReadOnlyList<string> configuration, CliConsole console, CancellationToken cancellationToken)
    {
        var builder = BriefBotHost.CreateBuilder(configuration, console, quiet: true).AddRunningBot();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthTags.Ready]);
        using var host = builder.Build();
        host.Services.GetService<IStartupValidator>()?.Validate();
        try
        {
            await host.Services.GetRequiredService<KnowledgeSource>().LoadAsync(cancellationToken).ConfigureAwait(false);
            await host.Services.GetRequiredService<KnowledgeSource>().WhenMatchingSettledAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is KnowledgeFolderNotFoundException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 1;
        }

        // Connections belong to a running bot; this process opens none, so only what it can see for itself is checked.
        var report = await host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(c => c.Name != "connections" && (c.Tags.Contains(HealthTags.Ready) || c.Tags.Contains(HealthTags.Live)), cancellationToken)
            .ConfigureAwait(false);
        await console.Out.WriteLineAsync(HealthReportJson.Serialize(report)).ConfigureAwait(false);
        return report.Status == HealthStatus.Unhealthy ? 1 : 0;
    }

    /// <summary>The store opens and is at the current schema (creating it on a first run, as the bot would).</summary>
    private sealed class StoreHealthCheck(IBriefBotStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
                return HealthCheckResult.Healthy("Store opened.");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy(e.Message);
            }
        }
    }
}
