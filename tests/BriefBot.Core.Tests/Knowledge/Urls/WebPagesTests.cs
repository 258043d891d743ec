using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Knowledge.Urls;

/// <summary>Web pages of Knowledge:Urls, fetched from a real loopback HTTP server through the container's own HTTP client.</summary>
public sealed class WebPagesTests : IAsyncDisposable
{
    private const string Version1 = "<html><head><title>Parking</title></head><body><nav>Home</nav><h1>Parking Update</h1><p>The north garage reopens on May 4.</p><h2>Details</h2><p>Level 2 is reserved for visitors.</p></body></html>";
    private const string Version2 = "<html><head><title>Parking</title></head><body><nav>Home</nav><h1>Parking Update</h1><p>The north garage reopens on May 11.</p><h2>Details</h2><p>Level 2 is reserved for visitors.</p></body></html>";

    private readonly LoopbackSite site = new();
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-12-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    public WebPagesTests() => folder.Write("knowledge/office.txt", "Office Notes\nThe office opens at 8 a.m.\n");

    [Fact]
    public async Task A_page_is_fetched_at_start_then_asked_with_its_etag_reloaded_when_changed_and_kept_when_the_server_fails()
    {
        site.Page("parking", Version1, "\"v1\"");
        using var services = Services(site.Url("parking"));
        var knowledge = services.GetRequiredService<KnowledgeSource>();

        await knowledge.LoadAsync(CancellationToken.None);
        var first = knowledge.Current.Answer("when does the north garage reopen?");
        Assert.Equal("The north garage reopens on May 4.", first.Quote?.Text);
        Assert.Equal(site.Url("parking"), first.Quote?.Source.File);
        Assert.Equal("Parking Update", first.Quote?.Source.Document);
        Assert.True(knowledge.Status.Healthy);

        Assert.False(await knowledge.RefreshPagesAsync());
        Assert.Equal(["parking", "parking \"v1\""], site.Requests);

        site.Page("parking", Version2, "\"v2\"");
        Assert.True(await knowledge.RefreshPagesAsync());
        var before = knowledge.Current.Knowledge;
        await knowledge.LoadAsync(CancellationToken.None);
        Assert.Equal("The north garage reopens on May 11.", knowledge.Current.Answer("when does the north garage reopen?").Quote?.Text);
        Assert.Equal(new KnowledgeChanges(0, 1, 0), KnowledgeChanges.Between(before, knowledge.Current.Knowledge));

        site.Status("parking", 500);
        Assert.True(await knowledge.RefreshPagesAsync());
        await knowledge.LoadAsync(CancellationToken.None);
        Assert.Equal("The north garage reopens on May 11.", knowledge.Current.Answer("when does the north garage reopen?").Quote?.Text);
        var problem = Assert.Single(knowledge.Status.Problems);
        Assert.False(knowledge.Status.Healthy);
        Assert.Equal(site.Url("parking"), problem.File);
        Assert.Equal("cannot be fetched: HTTP 500 Internal Server Error; serving the copy fetched 2026-12-01 09:00 UTC", problem.Message);
    }

    [Fact]
    public async Task After_a_restart_a_page_whose_server_is_gone_serves_its_last_good_copy_from_disk()
    {
        site.Page("parking", Version1, "\"v1\"");
        using (var first = Services(site.Url("parking")))
        {
            await first.GetRequiredService<KnowledgeSource>().LoadAsync(CancellationToken.None);
        }

        site.Status("parking", 404);
        using var restarted = Services(site.Url("parking"));
        var knowledge = restarted.GetRequiredService<KnowledgeSource>();
        await knowledge.LoadAsync(CancellationToken.None);

        Assert.Equal("The north garage reopens on May 4.", knowledge.Current.Answer("when does the north garage reopen?").Quote?.Text);
        Assert.Contains("HTTP 404 Not Found; serving the copy fetched", Assert.Single(knowledge.Status.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("parking \"v1\"", site.Requests.Last());
    }

    [Fact]
    public async Task A_page_that_times_out_is_a_problem_naming_the_url_and_the_rest_loads()
    {
        var answered = new TaskCompletionSource();
        var asked = new TaskCompletionSource();
        site.Handle("slow", async context =>
        {
            asked.TrySetResult();
            await answered.Task;
        });
        using var services = Services(site.Url("slow"));
        var knowledge = services.GetRequiredService<KnowledgeSource>();

        var loading = knowledge.LoadAsync(CancellationToken.None);
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(15));
        await loading.WaitAsync(TimeSpan.FromSeconds(30));
        answered.TrySetResult();

        Assert.Equal("The office opens at 8 a.m.", knowledge.Current.Answer("when does the office open?").Quote?.Text);
        var problem = Assert.Single(knowledge.Status.Problems);
        Assert.Equal(site.Url("slow"), problem.File);
        Assert.Equal("cannot be fetched: timed out after 00:00:15 (Knowledge:UrlTimeout); no copy of it is kept yet, so it is not served", problem.Message);
    }

    [Fact]
    public async Task A_page_that_redirects_without_end_or_is_too_large_is_a_problem_naming_the_url()
    {
        site.Handle("loop", context =>
        {
            context.Response.StatusCode = 302;
            context.Response.RedirectLocation = site.Url("loop");
            return Task.CompletedTask;
        });
        site.Page("huge", "<html><body><h1>Huge</h1><p>" + new string('x', 2 * 1024 * 1024) + ".</p></body></html>", "\"h\"");
        using var services = Services(site.Url("loop"), site.Url("huge"));
        var knowledge = services.GetRequiredService<KnowledgeSource>();

        await knowledge.LoadAsync(CancellationToken.None);

        var problems = knowledge.Status.Problems.ToDictionary(p => p.File, p => p.Message);
        Assert.StartsWith("cannot be fetched: HTTP 302: more redirects than Knowledge:UrlMaxRedirects allows", problems[site.Url("loop")], StringComparison.Ordinal);
        Assert.StartsWith("cannot be fetched: is larger than the 1 MB limit (Knowledge:MaxDocumentMegabytes)", problems[site.Url("huge")], StringComparison.Ordinal);
        Assert.Equal(6, site.Requests.Count(r => r.StartsWith("loop", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/briefing.html")]
    [InlineData("intranet/briefing.html")]
    public void Only_http_and_https_urls_are_accepted_at_start(string url)
    {
        using var services = Services(url);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<KnowledgeOptions>>().Value);

        Assert.Contains($"Knowledge:Urls: \"{url}\" is not an http or https URL.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_good_copies_are_kept_beside_the_database_by_default()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:Path", "/srv/briefbot/state/briefbot.db")]).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(config).AddLogging().AddBriefBotCore();
        // As the store registers it.
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(Path.Combine("/srv/briefbot/state", "pages"), provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value.PageCache);
    }

    public async ValueTask DisposeAsync()
    {
        await site.DisposeAsync();
        folder.Dispose();
    }

    private ServiceProvider Services(params string[] urls)
    {
        var settings = new List<KeyValuePair<string, string?>>
        {
            new("Knowledge:Path", Path.Combine(folder.Path, "knowledge")),
            new("Knowledge:PageCache", Path.Combine(folder.Path, "data", "pages")),
            new("Knowledge:MaxDocumentMegabytes", "1"),
        };
        settings.AddRange(urls.Select((url, i) => new KeyValuePair<string, string?>($"Knowledge:Urls:{i}", url)));
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(config)
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddBriefBotCore()
            .BuildServiceProvider();
    }
}
