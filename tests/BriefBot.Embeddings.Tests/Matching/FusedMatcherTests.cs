using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Tests;

namespace BriefBot.Embeddings.Tests.Matching;

/// <summary>The matcher with the real model behind it: candidates come from meaning too, not only from shared words.</summary>
public sealed class FusedMatcherTests(EncoderFixture model) : IClassFixture<EncoderFixture>
{
    private const string Briefing = """
        Checkout Outage Review
        Card payments failed for European customers on Tuesday morning.
        Root Cause
        The outage lasted four hours.
        A certificate on the payment gateway had expired.
        Office
        Lunch is served at noon in the main hall.
        """;

    [Fact]
    public async Task A_question_that_shares_no_word_with_its_answer_ranks_that_sentence_first()
    {
        var matcher = await MatcherAsync(new MatchingOptions { Calibrate = false });

        var result = matcher.Match("how long was it broken");

        Assert.Equal("The outage lasted four hours.", result.Best?.Entry.Quote.Text);
    }

    [Fact]
    public async Task Each_candidate_carries_the_parts_its_score_was_combined_from()
    {
        var matcher = await MatcherAsync(new MatchingOptions { Calibrate = false });

        var best = matcher.Match("when is lunch").Best!;

        Assert.Equal([.. ScoreModel.Names, "calibration"], best.Parts.Select(p => p.Name));
        var logit = best.Parts.Sum(p => p.Contribution);
        Assert.Equal((int)Math.Floor(ScoreModel.Confidence(logit)), best.Confidence);
    }

    [Fact]
    public async Task Embeddings_built_for_other_knowledge_are_refused()
    {
        using var folder = new TempFolder();
        folder.Write("other.txt", "Other Briefing\nThe office is closed on Friday.\n");
        var other = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);
        var knowledge = await KnowledgeAsync();

        Assert.Throws<ArgumentException>(() => new Matcher(knowledge, new MatchingOptions(), SemanticIndex.Build(other, model.Encoder)));
    }

    private Task<Matcher> MatcherAsync(MatchingOptions options) => model.MatcherAsync("outage.txt", Briefing, options);

    private static async Task<KnowledgeBase> KnowledgeAsync()
    {
        using var folder = new TempFolder();
        folder.Write("outage.txt", Briefing);
        return await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);
    }
}
