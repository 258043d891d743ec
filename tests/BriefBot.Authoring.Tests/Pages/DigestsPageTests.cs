using BriefBot.Authoring.Tests.Support;
using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Authoring.Tests.Pages;

/// <summary>The Digests page and its API: each configured digest's preview as it would post now, and its latest run.</summary>
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
}
