using System.Net;
using System.Net.Http.Headers;
using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Learned;
using BriefBot.Core.Storage;
using BriefBot.Core.Tests.Fakes;
using BriefBot.Storage.Postgres;
using BriefBot.Storage.Sqlite;
using BriefBot.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Authoring.Tests.Support;

/// <summary>
/// The console as the bot serves it: Core, a store, the learned knowledge sync, the authoring endpoints and the real
/// web server on a free loopback port, composed in the bot's order, with the default knowledge folder, a fake clock
/// and every log line collected.
/// </summary>
internal sealed class AuthoringServer : IAsyncDisposable
{
    private readonly IHost host;
    private readonly string? folder;

    private AuthoringServer(IHost host, string? folder)
    {
        this.host = host;
        this.folder = folder;
        BaseAddress = host.Services.GetRequiredService<WebServer>().Addresses[0];
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => host.Services;

    public FakeTimeProvider Time => (FakeTimeProvider)host.Services.GetRequiredService<TimeProvider>();

    public FakeLogCollector Logs => host.Services.GetRequiredService<FakeLogCollector>();

    public KnowledgeSource Knowledge => host.Services.GetRequiredService<KnowledgeSource>();

    public static async Task<AuthoringServer> StartAsync(StoreKind store = StoreKind.Memory, string? connectionString = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var folder = store == StoreKind.Sqlite ? Directory.CreateTempSubdirectory("briefbot-authoring-").FullName : null;
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection([
            new("Knowledge:Path", Path.Combine(AppContext.BaseDirectory, "knowledge")),
            new("Knowledge:Watch", "false"),
            new("Urls", "http://127.0.0.1:0"),
            new("Storage:Path", folder is null ? "unused.db" : Path.Combine(folder, "briefbot.db")),
            new("Storage:ConnectionString", connectionString),
            .. Authors.Settings]);
        // A test's own settings win over the defaults above (a second source, since one may not repeat a key).
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow));
        builder.Services.AddBriefBotCore();
        switch (store)
        {
            case StoreKind.Memory:
                var memory = new InMemoryBriefBotStore();
                builder.Services.AddSingleton<IBriefBotStore>(memory);
                builder.Services.Replace(ServiceDescriptor.Singleton<IQuestionLog>(memory));
                builder.Services.AddSingleton<ILearnedEntryStore>(new InMemoryLearnedEntryStore());
                break;
            case StoreKind.Sqlite:
                builder.Services.AddBriefBotSqliteStore();
                break;
            default:
                builder.Services.AddBriefBotPostgresStore();
                break;
        }

        builder.Services.AddBriefBotDigests();
        builder.Services.AddHostedService<KnowledgeLoad>();
        builder.Services.AddLearnedKnowledge();
        builder.Services.AddBriefBotAuthoring();
        var built = builder.Build();
        await built.StartAsync();
        return new AuthoringServer(built, folder);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so a test sees each one; with a token, it sends it as a bearer.</summary>
    public HttpClient Client(string? bearer = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(20),
        };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <summary>Records a chat question as an adapter would (a minute ago, unless told), so the Unanswered page has something to show.</summary>
    public async Task AskedAsync(string question, TimeSpan? ago = null)
    {
        var result = Knowledge.Current.Match(question);
        await Services.GetRequiredService<IQuestionLog>().RecordQuestionAsync(
            new AskedQuestion(Time.GetUtcNow() - (ago ?? TimeSpan.FromMinutes(1)), "slack", "C1", "hash", question, result.Answered, result.Best?.Entry.Id, result.Confidence),
            CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What the bot's KnowledgeStartup does: the files are loaded before the learned sync lays its entries over them.</summary>
    private sealed class KnowledgeLoad(KnowledgeSource knowledge) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => knowledge.LoadAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
