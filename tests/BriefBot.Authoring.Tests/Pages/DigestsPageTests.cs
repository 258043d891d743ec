using BriefBot.Authoring.Tests.Support;
using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Authoring.Tests.Pages;

/// <summary>The Digests page and its API: each configured digest's preview as it would post now, and its recent runs.</summary>
public sealed class DigestsPageTests : IAsyncLifetime
{
    private AuthoringServer server = null!;

    public async Task InitializeAsync() => server = await AuthoringServer.StartAsync(settings:
    [
        new("Digests:0:Name", "morning"),
        new("Digests:0:Platform", "slack"),
        new("Digests:0:Channel", "C0123456789"),
        new("Digests:0:Schedule", "0 9 * * MON-FRI"),
    ]);

    public Task DisposeAsync() => server.DisposeAsync().AsTask();

    [Fact]
    public async Task The_page_shows_the_preview_and_the_latest_run_with_its_outcome()
    {
        var due = server.Time.GetUtcNow().AddHours(-3);
        var store = server.Services.GetRequiredService<IBriefBotStore>();
        await store.TryClaimRunAsync("morning", due, due, CancellationToken.None);
        await store.MarkRunSkippedAsync("morning", due, due, "too late to catch up", CancellationToken.None);
        using var client = await SignIn.SignedInAsync(server);

        var page = await client.GetStringAsync("/authoring/digests");

        Assert.Contains("<h2 id=\"digest-morning\">morning</h2>", page, StringComparison.Ordinal);
        Assert.Contains("Ukraine may use GMLRS and HIMARS systems for cross-border strikes.", page, StringComparison.Ordinal);
        Assert.Contains($"Latest run: due {due:yyyy-MM-dd HH:mm} UTC, <strong>skipped</strong>", page, StringComparison.Ordinal);
        Assert.Contains("(too late to catch up)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_gives_the_same_digests_to_a_script()
    {
        using var api = server.Client(Authors.AdaToken);
        using var response = await api.GetAsync("/authoring/api/digests");

        var digest = Assert.Single((await Json.ReadAsync(response)).EnumerateArray());
        Assert.Equal("morning", digest.GetProperty("name").GetString());
        Assert.True(digest.GetProperty("preview").GetProperty("briefings").GetArrayLength() > 0);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, digest.GetProperty("latestRun").ValueKind);
    }

    [Fact]
    public async Task Recent_runs_are_listed_newest_first_with_their_outcomes_and_notes_as_text()
    {
        var store = server.Services.GetRequiredService<IBriefBotStore>();
        var now = server.Time.GetUtcNow();
        var posted = now.AddDays(-2);
        var failed = now.AddDays(-1);
        await store.TryClaimRunAsync("morning", posted, posted, CancellationToken.None);
        await store.MarkRunPostedAsync("morning", posted, posted, CancellationToken.None);
        await store.TryClaimRunAsync("morning", failed, failed, CancellationToken.None);
        await store.ReleaseRunAsync("morning", failed, failed, "<script>alert(1)</script> said 503", CancellationToken.None);
        using var client = await SignIn.SignedInAsync(server);

        var page = await client.GetStringAsync("/authoring/digests");
        using var api = server.Client(Authors.AdaToken);
        using var response = await api.GetAsync("/authoring/api/digests");

        var failedRow = page.IndexOf($"<td>{failed:yyyy-MM-dd HH:mm}</td><td><strong>failed</strong>", StringComparison.Ordinal);
        var postedRow = page.IndexOf($"<td>{posted:yyyy-MM-dd HH:mm}</td><td><strong>posted</strong>", StringComparison.Ordinal);
        Assert.True(failedRow >= 0 && postedRow > failedRow, "both runs listed, the newest first");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; said 503", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        var runs = Assert.Single((await Json.ReadAsync(response)).EnumerateArray()).GetProperty("recentRuns").EnumerateArray().ToList();
        Assert.Equal(["failed", "posted"], runs.Select(r => r.GetProperty("state").ToString()));
    }
}
