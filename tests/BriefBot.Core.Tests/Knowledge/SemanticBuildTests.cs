using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Tests.Knowledge;

/// <summary>
/// The knowledge source serves each knowledge base lexically at once and its fused matcher once built in the
/// background, with a stand-in encoder (the real model's tests are in BriefBot.Embeddings.Tests and BriefBot.Tests).
/// </summary>
public sealed class SemanticBuildTests : IDisposable
{
    private const string Office = "Office Move\nThe team moves to the new office on March 3.\nDetails\n- Desks are assigned by team.\n- Parking passes are issued on March 1.\n";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempFolder folder = new();
    private readonly FakeLogger<KnowledgeSource> logger = new();
    private readonly MemoryEmbeddingCache cache = new();

    public SemanticBuildTests() => folder.Write("office.txt", Office);

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_load_is_answered_lexically_at_once_and_by_meaning_once_the_build_is_done()
    {
        var encoder = new WordHashEncoder(open: false);
        using var source = Source(encoder);

        await source.LoadAsync(CancellationToken.None);

        Assert.Null(source.Current.Semantic);
        Assert.Equal(MatchingMode.Building, source.Matching.Mode);
        Assert.Contains("answering lexically", source.Matching.Description, StringComparison.Ordinal);
        Assert.Contains("March 3", source.Current.Answer("When does the team move to the new office?").Answer, StringComparison.Ordinal);

        encoder.Open();
        await source.WhenMatchingSettledAsync().WaitAsync(Patience);

        Assert.NotNull(source.Current.Semantic);
        Assert.Equal(MatchingMode.Semantic, source.Matching.Mode);
        Assert.Equal(source.Status.Fingerprint, source.Current.Knowledge.Fingerprint);
        Assert.Equal(1, cache.Saves);
    }

    [Fact]
    public async Task A_newer_knowledge_base_cancels_the_build_for_the_older_one_which_is_never_served()
    {
        var encoder = new WordHashEncoder(open: false);
        using var source = Source(encoder);
        await source.LoadAsync(CancellationToken.None);
        Assert.True(encoder.Waiting.Wait(Patience));

        folder.Write("office.txt", Office.Replace("March 3", "March 10", StringComparison.Ordinal));
        await source.LoadAsync(CancellationToken.None);
        var served = source.Current.Knowledge.Fingerprint;
        // Opened only once the older build has seen its cancellation, which it must: a build that is merely slow
        // would otherwise pass the gate too.
        Assert.True(encoder.SawCancellation.Wait(Patience));
        encoder.Open();
        await source.WhenMatchingSettledAsync().WaitAsync(Patience);

        Assert.Equal(1, encoder.Cancelled);
        Assert.Equal(served, source.Current.Knowledge.Fingerprint);
        Assert.NotNull(source.Current.Semantic);
        Assert.Contains("March 10", source.Current.Answer("When does the team move to the new office?").Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_fails_is_logged_once_and_the_bot_keeps_answering_lexically()
    {
        var encoder = new WordHashEncoder(failure: new InvalidOperationException("onnx: cannot open the model"));
        using var source = Source(encoder);

        await source.LoadAsync(CancellationToken.None);
        await source.WhenMatchingSettledAsync().WaitAsync(Patience);
        folder.Write("office.txt", Office + "- Lockers are on the second floor.\n");
        await source.LoadAsync(CancellationToken.None);
        await source.WhenMatchingSettledAsync().WaitAsync(Patience);

        Assert.Equal(MatchingMode.Failed, source.Matching.Mode);
        Assert.Contains("onnx: cannot open the model", source.Matching.Description, StringComparison.Ordinal);
        Assert.Null(source.Current.Semantic);
        Assert.Contains("second floor", source.Current.Answer("where are the lockers?").Answer, StringComparison.Ordinal);
        var warning = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("onnx: cannot open the model", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_cannot_load_leaves_the_knowledge_answered_lexically()
    {
        using var model = new EmbeddingModel(() => throw new FileNotFoundException("model.onnx is missing"), _ => cache);
        using var source = new KnowledgeSource(Options.Create(new KnowledgeOptions { Path = folder.Path }), Options.Create(new MatchingOptions()), logger, model: model);

        await source.LoadAsync(CancellationToken.None);
        await source.WhenMatchingSettledAsync().WaitAsync(Patience);

        Assert.Equal(MatchingMode.Failed, source.Matching.Mode);
        Assert.Contains("model.onnx is missing", source.Matching.Description, StringComparison.Ordinal);
        Assert.Contains("March 3", source.Current.Answer("When does the team move to the new office?").Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learned_entry_embeds_only_its_own_texts()
    {
        var encoder = new WordHashEncoder();
        using var source = Source(encoder);
        await source.LoadAsync(CancellationToken.None);
        await source.WhenMatchingSettledAsync().WaitAsync(Patience);
        var before = encoder.Encoded;
        var textsBefore = SemanticIndex.TextsOf(source.Current.Knowledge);
        var at = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

        await source.ServeLearnedAsync(new LearnedKnowledge(1, [new LearnedEntry("learned-1", ["Where is the bike shed?"], "Behind the canteen.", "ann", at, "ann", at)], []));
        await source.WhenMatchingSettledAsync().WaitAsync(Patience);

        var newTexts = SemanticIndex.TextsOf(source.Current.Knowledge).Except(textsBefore).Count();
        Assert.True(newTexts > 0);
        Assert.Equal(newTexts, encoder.Encoded - before);
        Assert.NotNull(source.Current.Semantic);
        Assert.Equal("Behind the canteen.", source.Current.Answer("Where is the bike shed?").Answer);
    }

    [Fact]
    public async Task With_matching_by_meaning_off_the_model_is_never_used()
    {
        var encoder = new WordHashEncoder();
        using var model = new EmbeddingModel(() => encoder, _ => cache);
        using var source = new KnowledgeSource(Options.Create(new KnowledgeOptions { Path = folder.Path }), Options.Create(new MatchingOptions { Semantic = false }), logger, model: model);

        await source.LoadAsync(CancellationToken.None);
        await source.WhenMatchingSettledAsync().WaitAsync(Patience);

        Assert.Equal(MatchingMode.Lexical, source.Matching.Mode);
        Assert.Contains("Matching:Semantic", source.Matching.Description, StringComparison.Ordinal);
        Assert.Equal(0, encoder.Encoded);
        Assert.Null(source.Current.Semantic);
    }

    [Fact]
    public async Task Disposing_the_source_cancels_a_build_held_at_the_model()
    {
        var encoder = new WordHashEncoder(open: false);
        var source = Source(encoder);
        await source.LoadAsync(CancellationToken.None);
        Assert.True(encoder.Waiting.Wait(Patience));

        await Task.Run(source.Dispose).WaitAsync(Patience);

        Assert.True(encoder.SawCancellation.IsSet);
    }

    private KnowledgeSource Source(WordHashEncoder encoder) =>
        new(Options.Create(new KnowledgeOptions { Path = folder.Path }), Options.Create(new MatchingOptions()), logger, model: new EmbeddingModel(() => encoder, _ => cache));
}
