using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Tests;
using BriefBot.Embeddings.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Embeddings.Tests;

/// <summary>The cache with the real model: a restart embeds nothing it already has, and matches exactly as the cold run did.</summary>
public sealed class WarmStartTests(EncoderFixture model) : IClassFixture<EncoderFixture>
{
    private const string Briefing = """
        Office Move
        The team moves to the fourth floor of the north building in March.
        Parking
        Staff may park in the west garage from the first of the month.
        Visitors sign in at the front desk.
        """;

    [Fact]
    public async Task A_restart_embeds_nothing_and_an_edit_embeds_only_the_new_sentence()
    {
        using var folder = new TempFolder();
        var cacheFile = Path.Combine(folder.Path, "data", "embeddings.bin");
        folder.Write("knowledge/office.txt", Briefing);
        var knowledge = await KnowledgeLoader.LoadAsync(Path.Combine(folder.Path, "knowledge"), CancellationToken.None);

        var cold = new CountingEncoder(model.Encoder);
        var first = Build(knowledge, cold, cacheFile);
        var warm = new CountingEncoder(model.Encoder);
        var second = Build(knowledge, warm, cacheFile);

        Assert.True(cold.Encoded > 0);
        Assert.Equal(0, warm.Encoded);
        var question = "where do we leave our cars";
        Assert.Equal(first.Match(question).Ranked.Select(r => (r.Entry.Id, r.Confidence)), second.Match(question).Ranked.Select(r => (r.Entry.Id, r.Confidence)));

        folder.Write("knowledge/office.txt", Briefing + "Bicycles go in the racks behind the canteen.\n");
        var edited = await KnowledgeLoader.LoadAsync(Path.Combine(folder.Path, "knowledge"), CancellationToken.None);
        var afterEdit = new CountingEncoder(model.Encoder);
        Build(edited, afterEdit, cacheFile);

        var newTexts = SemanticIndex.TextsOf(edited).Except(SemanticIndex.TextsOf(knowledge)).Count();
        Assert.True(newTexts > 0);
        Assert.Equal(newTexts, afterEdit.Encoded);
    }

    private static Matcher Build(KnowledgeBase knowledge, ITextEncoder encoder, string cacheFile)
    {
        var cache = EmbeddingCache.Open(cacheFile, encoder, NullLogger.Instance);
        var index = SemanticIndex.Build(knowledge, encoder, cache);
        Assert.True(cache.Save(SemanticIndex.TextsOf(knowledge)));
        return new Matcher(knowledge, new MatchingOptions(), index);
    }
}
