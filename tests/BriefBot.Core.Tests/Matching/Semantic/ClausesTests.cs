using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Tests.Knowledge;

namespace BriefBot.Core.Tests.Matching.Semantic;

public sealed class ClausesTests
{
    private const string LongFact = "Crews of the Harbour Ferry Company walked out on Monday, the ferries to Kelp Island stayed in port, and commuters waited up to three hours for replacement buses.";

    [Fact]
    public void A_sentence_that_says_three_things_splits_into_its_three_clauses()
    {
        Assert.Equal(
            ["Crews of the Harbour Ferry Company walked out on Monday", "the ferries to Kelp Island stayed in port", "and commuters waited up to three hours for replacement buses."],
            Clauses.Of(LongFact));
    }

    [Theory]
    [InlineData("The union is asking for a 9 percent raise over two years.")]
    [InlineData("On Tuesday, the office is closed for the holiday.")]
    [InlineData("Lunch, as always, is at noon.")]
    public void A_sentence_with_one_clause_of_six_words_or_more_gives_none(string sentence) =>
        Assert.Empty(Clauses.Of(sentence));

    [Fact]
    public async Task A_fact_s_clauses_are_embedded_and_kept_in_the_cache_but_a_question_s_and_an_answer_s_are_not()
    {
        using var folder = new TempFolder();
        folder.Write("strike.txt", $"""
            Harbour Ferry Strike Update
            {LongFact}
            Frequently Asked Questions
            Why are the ferries stopped, and since when, and for how long?
            The crews walked out on Monday, and the company expects the strike to last at least a week.
            """);
        var knowledge = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);
        var encoder = new WordHashEncoder();

        var semantic = SemanticIndex.Build(knowledge, encoder);

        var texts = SemanticIndex.TextsOf(knowledge);
        Assert.Contains("the ferries to Kelp Island stayed in port", texts);
        Assert.DoesNotContain("the company expects the strike to last at least a week.", texts);
        Assert.Equal(texts.Count, encoder.Encoded);
        Assert.Equal(texts.Count, semantic.Matrix.Rows);
    }

    [Fact]
    public async Task A_question_worded_as_one_clause_scores_that_clause_less_the_discount_for_the_fact()
    {
        using var folder = new TempFolder();
        folder.Write("strike.txt", "Harbour Ferry Strike Update\n" + LongFact + "\n");
        var knowledge = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);
        var semantic = SemanticIndex.Build(knowledge, new WordHashEncoder());
        var index = knowledge.Index ?? Core.Matching.KnowledgeIndex.Build(knowledge.Entries, knowledge.Synonyms, knowledge.Acronyms);
        var fact = Array.FindIndex(index.Targets, t => t.Text == LongFact);

        var question = semantic.EncodeQuestion("the ferries to Kelp Island stayed in port");

        var whole = semantic.Matrix.Similarity(question, semantic.RowOf(fact));
        Assert.True(whole < 0.9f, $"the whole sentence alone is {whole}");
        Assert.Equal(1f - Clauses.Discount, semantic.SimilarityOf(question, fact), 3);
    }
}
