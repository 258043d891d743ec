using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Operations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Operations;

public sealed class KnowledgeMetricsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly TestMeters meters = new();
    private readonly BriefBotMetrics metrics;
    private readonly KnowledgeSource knowledge;

    public KnowledgeMetricsTests()
    {
        folder.Write("office.txt", "Office Move\nThe team moves to the new office on March 3.\n");
        metrics = new BriefBotMetrics(meters.Factory);
        knowledge = new KnowledgeSource(
            Options.Create(new KnowledgeOptions { Path = folder.Path }),
            Options.Create(new MatchingOptions()),
            NullLogger<KnowledgeSource>.Instance,
            new FakeTimeProvider(),
            metrics);
    }

    public void Dispose()
    {
        knowledge.Dispose();
        metrics.Dispose();
        meters.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task Each_load_is_counted_by_its_result()
    {
        using var reloads = meters.Collect<long>("briefbot.knowledge.reloads");
        await knowledge.LoadAsync(CancellationToken.None);
        await knowledge.LoadAsync(CancellationToken.None);
        folder.Write("broken.json", "{ \"entries\": [");
        await knowledge.LoadAsync(CancellationToken.None);
        Directory.Delete(folder.Path, recursive: true);
        await knowledge.LoadAsync(CancellationToken.None);

        Assert.Equal(["loaded", "unchanged", "problems", "failed"], reloads.GetMeasurementSnapshot().Select(m => (string?)m.Tags["result"]));
        Assert.All(reloads.GetMeasurementSnapshot(), m => Assert.Equal(1, m.Value));
    }

    [Fact]
    public async Task Every_question_is_counted_by_outcome_with_its_confidence()
    {
        using var questions = meters.Collect<long>("briefbot.questions");
        using var confidence = meters.Collect<int>("briefbot.answer.confidence");
        await knowledge.LoadAsync(CancellationToken.None);
        var answerer = new Answerer(knowledge, new NullQuestionLog(), HmacAskerHasher.WithRandomKey(), TimeProvider.System, NullLogger<Answerer>.Instance, metrics);

        var answered = await answerer.AnswerAsync(new Question("When does the team move to the new office?", "slack", "C1", "U1"), CancellationToken.None);
        var declined = await answerer.AnswerAsync(new Question("What is the capital of Peru?", "slack", "C1", "U1"), CancellationToken.None);

        Assert.True(answered.Answered);
        Assert.False(declined.Answered);
        Assert.Equal(["slack answered", "slack declined"], questions.GetMeasurementSnapshot().Select(m => $"{m.Tags["platform"]} {m.Tags["outcome"]}"));
        Assert.Equal([answered.Confidence, declined.Confidence], confidence.GetMeasurementSnapshot().Where(m => (string?)m.Tags["platform"] == "slack").Select(m => m.Value));
    }
}
