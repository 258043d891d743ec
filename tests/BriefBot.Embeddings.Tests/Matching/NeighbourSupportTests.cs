using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Embeddings.Tests.Matching;

/// <summary>
/// The neighbour support (an entry's share of the nearest rows by meaning) and the self-calibration's choice of its
/// weight: a FAQ bank whose entries have many phrasings weighs it, a briefing with a handful of phrasings does not.
/// </summary>
public sealed class NeighbourSupportTests(EncoderFixture model) : IClassFixture<EncoderFixture>
{
    private const string SupportPart = "neighbour support";

    private const string Faq = """
        {
          "title": "Shop",
          "entries": [
            { "questions": ["How do I get my money back?", "Can I get a refund?", "I want a refund for my order", "Return an item for a refund"], "answer": "Refunds are paid to the original card within five days." },
            { "questions": ["When is the shop open?"], "answer": "The shop opens from nine to six." },
            { "questions": ["How long does delivery take?"], "answer": "Delivery takes two to four days." }
          ]
        }
        """;

    [Fact]
    public async Task The_entry_whose_phrasings_surround_the_question_holds_most_of_the_support()
    {
        var matcher = await model.MatcherAsync("shop.json", Faq, new MatchingOptions { Calibrate = false });

        var result = matcher.Match("refund my money pls");

        Assert.Equal("Refunds are paid to the original card within five days.", result.Best?.Entry.Answer);
        var supports = result.Ranked.Select(r => r.Parts.Single(p => p.Name == SupportPart).Value).ToList();
        Assert.True(supports[0] > 0.5, $"the refund entry's support was {supports[0]:F2}");
        Assert.InRange(supports.Sum(), 0.99, 1.01);
    }

    [Fact]
    public async Task A_knowledge_base_with_a_handful_of_phrasings_leaves_the_support_out_of_its_scores()
    {
        var matcher = await model.MatcherAsync("shop.json", Faq, new MatchingOptions());

        var best = matcher.Match("refund my money pls").Best!;

        Assert.Equal(0, best.Parts.Single(p => p.Name == SupportPart).Contribution);
    }

    [Fact]
    public async Task A_FAQ_bank_whose_own_phrasings_show_the_support_helps_weighs_it()
    {
        var (entries, problems) = FaqImporter.Read(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "eval", "hint3", "curekart-faq.tsv")), "curekart-faq.tsv");
        Assert.Empty(problems);
        var matcher = await model.MatcherAsync("curekart.json", FaqImporter.ToCuratedJson("curekart", entries), new MatchingOptions());

        var best = matcher.Match("how do i cancel my order").Best!;

        var support = best.Parts.Single(p => p.Name == SupportPart);
        Assert.True(support.Value > 0 && support.Contribution > 0, $"support {support.Value:F2} added {support.Contribution:F2}");
    }
}
