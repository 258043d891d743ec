using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Digests;

/// <summary>The hosted service: it checks the digests' platforms on start and runs the scheduler on the host's clock until stopped.</summary>
public sealed class DigestSchedulerServiceTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private readonly InMemoryBriefBotStore store = new();
    private readonly RecordingChatAdapter adapter = new();
    private readonly FakeTimeProvider time = new(Due - TimeSpan.FromHours(3));

    [Fact]
    public async Task Posts_each_occurrence_as_the_clock_reaches_it_and_stops_when_asked()
    {
        using var scheduler = Scheduler(new DigestOptions { Name = "morning", Platform = "console", Channel = "general", Schedule = "0 8 * * *" });
        using var service = new DigestSchedulerService(scheduler);
        await service.StartAsync(CancellationToken.None);

        // Whether the scheduler's timer is set before or after the clock moves, it looks at the clock again on waking.
        time.Advance(TimeSpan.FromHours(3));
        await Eventually.WaitUntilAsync(() => adapter.Posts.Count == 1);
        time.Advance(TimeSpan.FromDays(1));
        await Eventually.WaitUntilAsync(() => adapter.Posts.Count == 2);

        await service.StopAsync(CancellationToken.None);
        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal([Due, Due.AddDays(1)], store.Runs.Select(r => r.DueAt));
    }

    [Fact]
    public async Task A_digest_for_a_platform_that_is_not_enabled_stops_start_up_naming_it()
    {
        using var scheduler = Scheduler(new DigestOptions { Name = "ops", Platform = "slack", Channel = "C1", Schedule = "0 9 * * *" });
        using var service = new DigestSchedulerService(scheduler);

        var error = await Assert.ThrowsAsync<DigestConfigurationException>(() => service.StartAsync(CancellationToken.None));

        Assert.Contains("Digest 'ops'", error.Message, StringComparison.Ordinal);
        Assert.Null(service.ExecuteTask);
    }

    private DigestScheduler Scheduler(DigestOptions digest)
    {
        var options = new DigestsOptions();
        options.Items.Add(digest);
        var knowledge = new KnowledgeSource(Options.Create(new KnowledgeOptions()), Options.Create(new MatchingOptions()), NullLogger<KnowledgeSource>.Instance, time);
        knowledge.Serve(TestKnowledge.Default());
        return new DigestScheduler(Options.Create(options), [adapter], store, new DigestComposer(knowledge, store), time, NullLogger<DigestScheduler>.Instance);
    }
}
